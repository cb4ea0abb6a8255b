// Start-up cost of scm commands as a ratio to bare `node -e 0`, measured side by side in one run.
// Uses hyperfine when it is installed, else a Node timing loop (interleaved runs, median).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const node = process.execPath;

function hasHyperfine() {
  return spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** commands: [{ name, argv }] → { name: medianMs } */
function withHyperfine(commands, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'scm-bench-'));
  const out = join(dir, 'hf.json');
  const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
  execFileSync('hyperfine', ['-N', '--warmup', '5', '--runs', String(runs), '--export-json', out, ...commands.map((c) => c.argv.map(quote).join(' '))], { stdio: 'ignore' });
  const results = JSON.parse(readFileSync(out, 'utf8')).results;
  rmSync(dir, { recursive: true, force: true });
  return Object.fromEntries(commands.map((c, i) => [c.name, results[i].median * 1000]));
}

function withNodeLoop(commands, runs) {
  const times = Object.fromEntries(commands.map((c) => [c.name, []]));
  for (let i = 0; i < runs + 3; i++) {
    for (const c of commands) {
      const t0 = process.hrtime.bigint();
      spawnSync(c.argv[0], c.argv.slice(1), { stdio: 'ignore' });
      if (i >= 3) times[c.name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * Measures each command next to bare node and returns rows { name, medianMs, ratio, target, ok }.
 * targets: { name: maxRatio }.
 */
export function measureStartup(bin, cases, { runs = 30 } = {}) {
  const commands = [{ name: 'node -e 0', argv: [node, '-e', '0'] }, ...cases.map((c) => ({ name: c.name, argv: [node, bin, ...c.args] }))];
  const tool = hasHyperfine() ? 'hyperfine' : 'node loop';
  const medians = tool === 'hyperfine' ? withHyperfine(commands, runs) : withNodeLoop(commands, runs);
  const base = medians['node -e 0'];
  return {
    tool,
    baseline: base,
    rows: cases.map((c) => {
      const ratio = medians[c.name] / base;
      return { name: c.name, medianMs: +medians[c.name].toFixed(1), ratio: +ratio.toFixed(3), target: c.target, ok: ratio <= c.target };
    }),
  };
}
