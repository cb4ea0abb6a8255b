// The commands scripts/build.mjs runs to record dist/'s code caches (bin/scm.js): the start-ups the README
// promises. validate, check and upload need a real bundle, or their packs get no cache at all and each of
// those commands parses and compiles its ~300 kB pack on every start (measured: +65 M instructions, about a
// quarter of a bare `node -e 0`, on `scm validate DIR`). The RSA fixture serves when it was generated; a
// clean checkout has none (test/fixtures/generated/ is not committed, and `npm run bench` builds before it
// generates them), so one is made here with the openssl CLI, as the tests' bundles are.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulatorChild } from './emulator-child.mjs';
import { makeChain } from './make-chain.mjs';

/** { runs: argv lists, bundle (undefined if none could be made), cleanup() } for the checkout at `root`. */
export function cacheRuns(root) {
  let made;
  let bundle = join(root, 'test/fixtures/generated/bundles/rsa-ok');
  if (!existsSync(bundle)) {
    made = mkdtempSync(join(tmpdir(), 'scm-code-cache-'));
    try {
      bundle = makeChain(join(made, 'bundle'), { cn: 'code-cache.example.test', label: 'Code Cache' }).dir;
    } catch (e) {
      process.stderr.write(`build: no bundle to record validate's code cache with (openssl: ${e.message.split('\n')[0]}); validate, check and upload will start slower\n`);
      bundle = undefined;
    }
  }
  const runs = [
    ['--help'], ['--help', '--lang', 'zh'], ['explain', 'SCM.0014'], ['explain', 'SCM.0014', '--lang', 'zh'], ['upload', '--help'], ['push', '--help'],
    bundle ? ['validate', bundle] : ['validate', '--help'],
    // The cron renewal gate: `scm check DIR --within 30` (one start-up, README "Speed").
    bundle ? ['check', bundle, '--within', '30'] : ['check', '--help'],
    // One certificate file (`scm check /etc/letsencrypt/live/x/fullchain.pem`) reads it through another pack
    // (validate/inputs.ts, not the folder's classify.ts): without this run that pack had no cache at all.
    ...(bundle ? [['check', join(bundle, 'fullchain.pem')]] : []),
    // What upload and push run before the network (no credentials are needed for a dry run; nothing is sent).
    bundle ? ['upload', bundle, '--name', 'code-cache', '--dry-run'] : ['upload', '--help'],
    ['push', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-north-4', '--dry-run'],
    ['config'],
  ];
  return { runs, bundle, cleanup: () => made && rmSync(made, { recursive: true, force: true }) };
}

// The emulator's published demo credentials (src/commands/emulator/demo.ts).
const AK = 'SCMEMULATORDEMOAK000';
const SK = 'scm-emulator-demo-secret-0000000000000000';

/**
 * Runs against scm's own emulator (a child process on loopback), so that the caches also hold what upload and
 * push run past a dry run: the signed requests and the answers read. Recorded only as `push --dry-run`, ~40 kB
 * of push's bytecode was compiled from source on every real push (~8 M instructions, a tenth of a bare `node -e 0`, measured on
 * `scm push ID --service WAF --project cn-north-4`). A run's `{id}` is the previous run's output (the id an
 * upload printed). Resolves to undefined, and the build goes on without them, if the emulator cannot start.
 * @param {string} bin bin/scm.js  @param {string | undefined} bundle
 */
export async function apiRuns(bin, bundle) {
  if (!bundle) return undefined;
  const emu = await startEmulatorChild(bin, { ak: AK, sk: SK, env: { PATH: process.env.PATH }, stderr: 'ignore' }).catch(() => undefined);
  if (!emu) {
    process.stderr.write('build: the emulator did not start; the code caches of upload and push hold only their dry runs\n');
    return undefined;
  }
  const { url, stop } = emu;
  const env = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK, SCM_ENDPOINT: url };
  const runs = [
    // `npm run bench`'s "upload --dry-run (emulator)": with credentials a dry run also asks SCM for copies.
    { argv: ['upload', bundle, '--name', 'code-cache-dry', '--dry-run'], env },
    { argv: ['upload', bundle, '--name', 'code-cache', '--quiet'], env },
    { argv: ['push', '{id}', '--service', 'WAF', '--project', 'cn-north-4', '--quiet'], env },
  ];
  return { runs, stop };
}
