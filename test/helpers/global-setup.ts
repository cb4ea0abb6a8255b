// Runs once before the suite: the end-to-end tests need the built binary (npm test builds first; this
// only guards against a stale or missing dist/ when vitest is run on its own), and the validate tests
// need the generated certificates (scripts/gen-fixtures.mjs does nothing when they are up to date).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function generateFixtures(): void {
  const script = fileURLToPath(new URL('../../scripts/gen-fixtures.mjs', import.meta.url));
  const probe = spawnSync('openssl', ['version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    if (process.env.SCM_REQUIRE_TOOLS === '1') throw new Error('openssl is not installed and SCM_REQUIRE_TOOLS=1 requires it: run scripts/setup-tools.sh');
    return; // the validate tests skip themselves
  }
  const r = spawnSync(process.execPath, [script, '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/gen-fixtures.mjs failed:\n${r.stderr}`);
}

export default function setup(): void {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (or `npm test`, which builds first)');
  generateFixtures();
}
