// Validating many bundles: one `scm validate DIR...` process against the openssl recipe people use today,
// one `openssl x509 -pubkey` and one `openssl pkey -pubout` per bundle (is the key the certificate's?). scm
// checks far more (chain, signatures, dates, names, SCM's limits); the recipe is the floor of doing it by
// hand. Peak memory (max RSS) of the same runs shows whether memory grows with the number of bundles.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLEAN_ENV, median } from './startup.mjs';

const maxRssHook = fileURLToPath(new URL('./maxrss.cjs', import.meta.url));

function time(fn) {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

/** One scm process over `dirs`; its wall time, peak RSS (KiB) and the size of its report. */
function scmRun(bin, dirs) {
  const { ms, value: r } = time(() => spawnSync(process.execPath, ['-r', maxRssHook, bin, 'validate', ...dirs, '--json'], {
    env: { ...CLEAN_ENV, SCM_BENCH_MAXRSS_FD: '3' }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], maxBuffer: 256 << 20,
  }));
  if (r.status !== 0) throw new Error(`scm validate of ${dirs.length} bundles exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return { ms, maxRssKiB: Number(String(r.output[3]).trim()), reportBytes: r.stdout.length };
}

function opensslRecipe(dir) {
  const run = (...args) => spawnSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).stdout.toString();
  if (run('x509', '-noout', '-pubkey', '-in', 'cert.pem') !== run('pkey', '-pubout', '-in', 'privkey.pem')) throw new Error(`openssl recipe: key mismatch in ${dir}`);
}

/**
 * sizes: bundle counts for one scm call each. The openssl recipe runs on the first `sample` bundles and is
 * extrapolated linearly to each size (it is one process pair per bundle, so linear is what it is).
 */
export function measureValidate(bin, dirs, { sizes = [200, 2000], sample = 200, runs = 3, target = 20 } = {}) {
  const perBundle = time(() => dirs.slice(0, sample).forEach(opensslRecipe)).ms / sample;
  const rows = sizes.map((n) => {
    const list = dirs.slice(0, n);
    const measured = Array.from({ length: n > 1000 ? Math.max(1, runs - 1) : runs }, () => scmRun(bin, list));
    const scmMs = median(measured.map((m) => m.ms));
    const opensslMs = perBundle * n;
    return {
      bundles: n,
      scmMs: +scmMs.toFixed(0),
      opensslMs: +opensslMs.toFixed(0),
      opensslMeasured: n <= sample ? 'measured' : `extrapolated from ${sample}`,
      ratio: +(opensslMs / scmMs).toFixed(1),
      target,
      ok: opensslMs / scmMs >= target,
      maxRssMiB: +(Math.max(...measured.map((m) => m.maxRssKiB)) / 1024).toFixed(1),
      reportMiB: +(measured[0].reportBytes / 1048576).toFixed(2),
    };
  });
  return { opensslMsPerBundle: +perBundle.toFixed(1), rows };
}

/**
 * Memory does not grow with the bundle count beyond what the report needs: the extra peak RSS of the biggest
 * run over the smallest, per extra bundle, against the report's size per bundle. `allowance`: how many
 * bytes of memory per byte of report are fair (the report's objects, its text, the write buffer, and the
 * headroom a garbage-collected heap keeps).
 */
export function memoryVerdict(rows, { allowance = 4, slackMiB = 16 } = {}) {
  const small = rows[0];
  const big = rows[rows.length - 1];
  const growthMiB = big.maxRssMiB - small.maxRssMiB;
  const reportGrowthMiB = big.reportMiB - small.reportMiB;
  const limitMiB = allowance * reportGrowthMiB + slackMiB;
  return {
    from: small.bundles,
    to: big.bundles,
    growthMiB: +growthMiB.toFixed(1),
    reportGrowthMiB: +reportGrowthMiB.toFixed(2),
    limitMiB: +limitMiB.toFixed(1),
    rule: `peak RSS may grow by at most ${allowance}x the report's growth + ${slackMiB} MiB of garbage-collector headroom`,
    ok: growthMiB <= limitMiB,
  };
}
