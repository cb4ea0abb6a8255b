// Validating many bundles: one `scm validate DIR...` process against the openssl recipe users run today,
// one process per check per bundle (key match: 2, expiry: 1, chain: 1, names: 1). Target: >= 10x faster.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The checks `scm validate` makes, done the openssl way: a process per check. */
function opensslRecipe(dir) {
  const run = (...args) => spawnSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
  const certPub = run('x509', '-noout', '-pubkey', '-in', 'cert.pem').stdout.toString();
  const keyPub = run('pkey', '-pubout', '-in', 'privkey.pem').stdout.toString();
  if (certPub !== keyPub) throw new Error(`key mismatch in ${dir}`);
  run('x509', '-noout', '-checkend', '0', '-in', 'cert.pem');
  run('verify', '-partial_chain', '-CAfile', 'chain.pem', 'cert.pem');
  run('x509', '-noout', '-ext', 'subjectAltName', '-in', 'cert.pem');
}

export function measureValidate(bin, { bundles = 200, runs = 5, target = 10 } = {}) {
  execFileSync(process.execPath, [join(root, 'scripts/gen-fixtures.mjs'), '--quiet'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'scm-bench-validate-'));
  try {
    const dirs = Array.from({ length: bundles }, (_, i) => join(dir, `site-${i}`));
    dirs.forEach((d, i) => cpSync(join(root, 'test/fixtures/generated/bundles', i % 2 ? 'ec-ok' : 'rsa-ok'), d, { recursive: true }));
    const scm = median(Array.from({ length: runs }, () => time(() => {
      const r = spawnSync(process.execPath, [bin, 'validate', ...dirs, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
      if (r.status !== 0) throw new Error(`scm validate failed: ${r.stderr}`);
    })));
    const openssl = time(() => dirs.forEach(opensslRecipe));
    const ratio = openssl / scm;
    return { bundles, scmMs: +scm.toFixed(1), opensslMs: +openssl.toFixed(1), ratio: +ratio.toFixed(1), target, ok: ratio >= target };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
