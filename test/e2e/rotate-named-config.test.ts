// `scm rotate --config FILE` (and `upload --rotate --config FILE`, the hooks' last step) dropped the named file:
// the rotation's session searched instead and took the user file (or found nothing: "no credentials", exit 3),
// while `upload` and every other command used the file named. With two accounts, the one in ~/.config/scm and
// the one the user named, a rotation would have deployed and deleted in the wrong one. Now the rotation reads
// the file named, as `SCM_CONFIG=FILE` already made it do, and the command a hook prints to finish by hand
// names it too.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_TOKEN } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('rotate-named-config', {
  cn: 'named.example.test',
  setup: (dir) => {
    // The user file: another account's credentials (the emulator refuses them: 401, exit 3 if used).
    const user = join(dir, '.config', 'scm');
    mkdirSync(user, { recursive: true });
    writeFileSync(join(user, 'config.yaml'), 'ak: OTHERACCOUNTAK00000\nsk: other-account-secret-key-0000\n');
    chmodSync(join(user, 'config.yaml'), 0o600);
  },
});

/** The file the user names: the emulator's endpoint and a token it accepts; no credentials in the environment. */
function named(): string {
  const file = join(t.dir, 'prod.yaml');
  writeFileSync(file, `endpoint: ${t.emu.url}\nauthToken: ${TEST_TOKEN}\n`);
  chmodSync(file, 0o600);
  return file;
}
const env = () => ({ HOME: t.dir });

describe('rotate with --config FILE', () => {
  it('scm rotate --config FILE: the named file\'s endpoint and token, not the user file (before: exit 3 from the other account)', async () => {
    const file = named();
    const up = await runCli(['upload', t.b.dir, '--name', 'named-one', '-q', '--config', file], { env: env(), cwd: t.dir });
    expect([up.code, up.stderr]).toEqual([0, '']);
    const id = up.stdout.trim();
    for (const args of [['rotate', '--to', id, '--domain', 'named.example.test', '--dry-run', '--config', file], ['--config', file, 'rotate', '--to', id, '--domain', 'named.example.test', '--dry-run']]) {
      const r = await runCli([...args, '--debug'], { env: env(), cwd: t.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`debug: endpoint ${t.emu.url}/ (from endpoint in ${file}); credentials authToken in ${file};`);
    }
    expect((await t.emu.state()).requests.unauthorized).toBe(0);
  });

  it('scm upload --rotate --config FILE: the upload and the rotation after it both use the file named', async () => {
    const r = await runCli(['upload', t.b.dir, '--name', 'named-two', '--rotate', '--config', named(), '-q'], { env: env(), cwd: t.dir });
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.state();
    expect(state.requests.unauthorized).toBe(0);
    expect(state.certificates.map((c) => c.name)).toEqual(['named-two']);
  });

  it('the command a hook prints to finish by hand carries --config (the file by its full path)', async () => {
    const { rerunCommand } = await import('../../src/commands/rotate/from-upload.js');
    expect(rerunCommand({ domain: 'example.com', opts: { config: '/etc/scm/prod.yaml' } } as never, 'scs1700000000000')).toBe('scm rotate --domain example.com --to scs1700000000000 --config /etc/scm/prod.yaml');
    // A relative one by its full path, as the files are: the log is read, and the command run, from elsewhere.
    expect(rerunCommand({ domain: 'example.com', opts: { config: 'prod.yaml' } } as never, 'scs1700000000000', '/srv/hook')).toBe('scm rotate --domain example.com --to scs1700000000000 --config /srv/hook/prod.yaml');
    const { hookFinishCommand } = await import('../../src/commands/shared/hook-finish.js');
    expect(hookFinishCommand({ cert: 'c.pem', key: 'k.pem' }, 'site', { config: 'prod.yaml' }, '/srv/hook', 'example.com')).toBe(
      'scm rotate --domain example.com --cert /srv/hook/c.pem --key /srv/hook/k.pem --name site --config /srv/hook/prod.yaml',
    );
  });
});
