// Global setup of the unit tests: the generated certificates (scripts/gen-fixtures.mjs does nothing when
// they are up to date). When openssl is missing the tests that need them skip themselves, except in CI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function generateFixtures(): void {
  const script = fileURLToPath(new URL('../../scripts/gen-fixtures.mjs', import.meta.url));
  const probe = spawnSync('openssl', ['version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    if (process.env.SCM_REQUIRE_TOOLS === '1') throw new Error('openssl is not installed and SCM_REQUIRE_TOOLS=1 requires it: run scripts/setup-tools.sh');
    return; // the validate tests skip themselves
  }
  const r = spawnSync(process.execPath, [script, '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/gen-fixtures.mjs failed:\n${r.stderr}`);
}
