// The commands scripts/build.mjs runs to record dist/'s code caches (bin/scm.js): the start-ups the README
// promises. validate, check and upload need a real bundle, or their packs get no cache at all and each of
// those commands parses and compiles its ~300 kB pack on every start (measured: +65 M instructions, about a
// quarter of a bare `node -e 0`, on `scm validate DIR`). The RSA fixture serves when it was generated; a
// clean checkout has none (test/fixtures/generated/ is not committed, and `npm run bench` builds before it
// generates them), so one is made here with the openssl CLI, as the tests' bundles are.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeChain } from './make-chain.mjs';

/** { runs: argv lists, cleanup() } for the checkout at `root`. */
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
    bundle ? ['check', bundle] : ['check', '--help'],
    // What upload and push run before the network (no credentials are needed for a dry run; nothing is sent).
    bundle ? ['upload', bundle, '--name', 'code-cache', '--dry-run'] : ['upload', '--help'],
    ['push', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-north-4', '--dry-run'],
    ['config'],
  ];
  return { runs, cleanup: () => made && rmSync(made, { recursive: true, force: true }) };
}
