// `scm check <SCM id> --json` gave notBefore and issuer null though ShowCertificate gives the start date
// (not_before, UTC+8) and the CA (brand; an `issuer` when a server sends one). What the server gives is filled
// in now; what it does not give stays null. Built binary against the emulator.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('check-scm-dates-issuer', { bundle: false });
const { run } = cliRecorder(() => t.env());
const DAY = 86_400_000;
const row = (stdout: string) => (JSON.parse(stdout) as { targets: Array<Record<string, unknown>> }).targets[0]!;

describe('check <SCM id> --json', () => {
  it('fills notBefore from not_before and issuer from brand', async () => {
    const start = new Date(Math.floor((Date.now() - 10 * DAY) / 1000) * 1000);
    const [id] = (await t.emu.seed({ certificates: [{ name: 'b', domain: 'b.example.test', status: 'ISSUED', type: 'DV_SSL_CERT', brand: 'GLOBALSIGN', not_before: start.toISOString(), not_after: new Date(Date.now() + 200 * DAY).toISOString() }] })).certificates as [string];
    const r = await run(['check', id, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const got = row(r.stdout);
    expect(got.issuer).toBe('GLOBALSIGN');
    expect(new Date(got.notBefore as string).getTime()).toBe(start.getTime());
  });

  it('takes an issuer the server sends; leaves null what it does not give', async () => {
    const body = { id: 'scs1700000000001', name: 'x', domain: 'x.example.test', status: 'UPLOAD', not_after: '2099-01-01 00:00:00.0', issuer: 'CN=Example CA, O=Example' };
    await t.emu.fault({ op: 'show', answer: { status: 200, body } });
    const got = row((await run(['check', 'scs1700000000001', '--json'])).stdout);
    expect([got.issuer, got.notBefore]).toEqual(['CN=Example CA, O=Example', null]);
  });
});
