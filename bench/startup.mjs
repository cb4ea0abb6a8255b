// Start-up cost of scm commands as a ratio to bare `node -e 0`, measured side by side in one run. Uses
// hyperfine when it is installed, else a Node timing loop. Either way in rounds: each round measures every
// command, and the result is the median over rounds of each round's median, so a burst of load from another
// process skews one round, not one command. Output goes through a pipe, as in scripts, and the environment is
// cleared: NODE_OPTIONS or NODE_EXTRA_CA_CERTS (which alone adds ~70 ms to every start of node) would
// hide the difference being measured.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const node = process.execPath;
export const CLEAN_ENV = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };

export const hasHyperfine = () => spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One round with hyperfine: { name: medianMs }. */
function hyperfineRound(commands, runs, env) {
  const dir = mkdtempSync(join(tmpdir(), 'scm-bench-'));
  const out = join(dir, 'hf.json');
  const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
  try {
    execFileSync('hyperfine', ['-N', '--output=pipe', '--warmup', '3', '--runs', String(runs), '--export-json', out, ...commands.map((c) => c.argv.map(quote).join(' '))], { stdio: 'ignore', env });
    const results = JSON.parse(readFileSync(out, 'utf8')).results;
    return Object.fromEntries(commands.map((c, i) => [c.name, results[i].median * 1000]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One round with a Node loop, the commands interleaved run by run. */
function loopRound(commands, runs, env) {
  const times = Object.fromEntries(commands.map((c) => [c.name, []]));
  for (let i = 0; i < runs + 2; i++) {
    for (const c of commands) {
      const t0 = process.hrtime.bigint();
      spawnSync(c.argv[0], c.argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env });
      if (i >= 2) times[c.name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * cases: [{ name, args, target, script? }] (target: the highest acceptable ratio; none for a reference, which
 * runs `script` instead of scm). `env`: added to the clean environment of every command, bare node included
 * (an endpoint and credentials for commands that call the API). Returns { tool, baselineMs, rows: [{ name,
 * medianMs, ratio, target, ok }] }.
 */
export function measureStartup(bin, cases, { rounds = 5, runs = 12, env: extra = {} } = {}) {
  const env = { ...CLEAN_ENV, ...extra };
  const argvOf = (c) => [node, c.script ?? bin, ...c.args];
  for (const c of cases) {
    const r = spawnSync(argvOf(c)[0], argvOf(c).slice(1), { stdio: 'ignore', env });
    if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}`);
  }
  const commands = [{ name: 'node -e 0', argv: [node, '-e', '0'] }, ...cases.map((c) => ({ name: c.name, argv: argvOf(c) }))];
  const tool = hasHyperfine() ? 'hyperfine' : 'node loop';
  const perRound = Array.from({ length: rounds }, () => (tool === 'hyperfine' ? hyperfineRound(commands, runs, env) : loopRound(commands, runs, env)));
  const baselineMs = median(perRound.map((r) => r['node -e 0']));
  return {
    tool,
    method: `${rounds} rounds x ${runs} runs; per command the median over rounds of each round's median, ratio taken within each round`,
    baselineMs: +baselineMs.toFixed(1),
    rows: cases.map((c) => {
      const ratio = median(perRound.map((r) => r[c.name] / r['node -e 0']));
      return { name: c.name, medianMs: +median(perRound.map((r) => r[c.name])).toFixed(1), ratio: +ratio.toFixed(2), target: c.target, ok: c.target === undefined || ratio <= c.target };
    }),
  };
}
