// `scm list` over 1,000 certificates and `scm show`, through the built binary against the local emulator
// (offset read as pages, so that all 1,000 are reachable): the list requests made (target: at most 21 pages
// of 50), and the CPU time spent beyond the requests. That is measured as the CPU of `scm list` (every row
// rendered) minus that of `scm list --domain nothing.invalid`, which makes the same requests and reads the
// same answers but renders no row (target: under 100 ms). `scm show`: its requests (target: 2).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_CREDENTIALS, startEmulator } from './roundtrip.mjs';
import { CLEAN_ENV, median } from './startup.mjs';

const HOOK = fileURLToPath(new URL('./cpu.cjs', import.meta.url));

/** Runs scm once; its CPU time in ms (from the preloaded hook) and its stdout. */
function cpuOf(bin, args, env) {
  const dir = mkdtempSync(join(tmpdir(), 'scm-cpu-'));
  const file = join(dir, 'cpu');
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync(process.execPath, ['-r', HOOK, bin, ...args], { env: { ...env, SCM_BENCH_CPU_FD: '3' }, stdio: ['ignore', 'pipe', 'pipe', fd], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`scm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    closeSync(fd);
    return { cpuMs: Number(readFileSync(file, 'utf8').trim()), stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The emulator's request counters, on a connection of its own (a kept-alive one may have timed out meanwhile). */
function requestsOf(url) {
  return new Promise((resolve, reject) => {
    get(`${url}/_emulator/state`, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve(JSON.parse(body).requests.byOperation));
    }).on('error', reject);
  });
}

export async function measureInventory(bin, { count = 1000, runs = 7 } = {}) {
  const emu = await startEmulator(bin, ['--offset-unit', 'pages']);
  try {
    const env = { ...CLEAN_ENV, ...BENCH_CREDENTIALS, SCM_ENDPOINT: emu.url };
    const day = 86_400_000;
    const certificates = Array.from({ length: count }, (_, i) => ({ name: `bench-${i}`, domain: `h${i % 200}.bench.example.test`, sans: [`h${i % 200}.bench.example.test`, `www.h${i % 200}.bench.example.test`], not_after: new Date(Date.now() + ((i % 400) - 30) * day).toISOString() }));
    const seeded = await fetch(`${emu.url}/_emulator/seed`, { method: 'POST', body: JSON.stringify({ certificates }) });
    if (seeded.status !== 201) throw new Error(`seeding the emulator failed: ${seeded.status} ${await seeded.text()}`);
    const ids = (await seeded.json()).certificates;

    const before = (await requestsOf(emu.url)).list ?? 0;
    const first = cpuOf(bin, ['list'], env);
    const listRequests = ((await requestsOf(emu.url)).list ?? 0) - before;
    const rows = first.stdout.trim().split('\n').length - 1;
    if (rows !== count) throw new Error(`scm list printed ${rows} rows, expected ${count}`);

    const rendered = [];
    const json = [];
    const none = [];
    for (let i = 0; i < runs; i++) {
      rendered.push(cpuOf(bin, ['list'], env).cpuMs);
      json.push(cpuOf(bin, ['list', '--json'], env).cpuMs);
      none.push(cpuOf(bin, ['list', '--domain', 'nothing.invalid'], env).cpuMs);
    }
    const showBefore = await requestsOf(emu.url);
    cpuOf(bin, ['show', ids[0]], env);
    const showAfter = await requestsOf(emu.url);
    const showRequests = Object.entries(showAfter).reduce((n, [op, k]) => n + k - (showBefore[op] ?? 0), 0);
    return {
      certificates: count,
      listRequests,
      listCpuMs: +median(rendered).toFixed(1),
      listJsonCpuMs: +median(json).toFixed(1),
      sameRequestsNoRowsCpuMs: +median(none).toFixed(1),
      renderCpuMs: +(median(rendered) - median(none)).toFixed(1),
      renderJsonCpuMs: +(median(json) - median(none)).toFixed(1),
      showRequests,
    };
  } finally {
    emu.stop();
  }
}
