// ShowCertificate's boolean members (deploy_support, shared) sent as the words "true" and "false" (a server
// that writes every value as a string): `scm show` printed them as they came, 'deploy support  true', and in
// Chinese an English word in the line ('是否支持部署  true'); they read as yes/no, as the booleans do.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('show-boolean-words', { bundle: false });
const { run } = cliRecorder(() => t.env());
const ID = 'scs1700000000042';
const body = { id: ID, name: 'shop', domain: 'shop.example.test', status: 'UPLOAD', not_after: '2099-01-01 08:00:00.0', deploy_support: 'true', shared: 'False', description: 'true' };

describe('scm show: booleans written as words', () => {
  it.each([
    ['en', /^deploy support {2,}yes$/m, /^shared {2,}no$/m],
    ['zh', /^是否支持部署 {2,}是$/m, /^是否共享 {2,}否$/m],
  ])('%s: yes/no, as the booleans; other words as they came', async (lang, deploy, shared) => {
    await t.emu.fault({ op: 'show', answer: { status: 200, body } });
    const r = await run(['show', ID, '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(deploy);
    expect(r.stdout).toMatch(shared);
    expect(r.stdout).toMatch(lang === 'en' ? /^description {2,}true$/m : /^描述 {2,}true$/m);
  });

  it('--json keeps them as SCM sent them', async () => {
    await t.emu.fault({ op: 'show', answer: { status: 200, body } });
    const r = await run(['show', ID, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const c = (JSON.parse(r.stdout) as { certificate: Record<string, unknown> }).certificate;
    expect([c.deploy_support, c.shared]).toEqual(['true', 'False']);
  });
});
