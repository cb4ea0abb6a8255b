// A success status whose body carries an error code of zeros beside what was asked for ({"certificate_id":...,
// "error_code":"0","error_msg":"success"}, {"error_code":"SCM.0000","error_msg":"success"}: a gateway or stand-in
// that wraps every answer so) was taken for SCM's refusal: 'SCM rejected the import: 0 success (HTTP 200)', exit 4,
// though the certificate was stored (a rerun would import it again), and a push that was made said it failed.
// Zeros are no refusal; any other code under 200 still is (wire.ts).
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('success-code-zero', { cn: 'zero.example.test' });
const { run } = cliRecorder(() => t.env());
const NEW_ID = 'scs1700000000077';

describe('an error code of zeros under a success status', () => {
  it.each(['0', 'SCM.0000'])('import answered with certificate_id and error_code %s: uploaded, exit 0 (en, zh)', async (code) => {
    for (const lang of ['en', 'zh']) {
      await t.emu.fault({ op: 'import', answer: { status: 200, body: { certificate_id: NEW_ID, error_code: code, error_msg: 'success' } } });
      const r = await run(['upload', '--cert', t.b.cert, '--key', t.b.key, '--chain', t.b.chain, '--name', `zero-${lang}`, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).toContain(NEW_ID);
    }
    expect((await t.emu.state()).requests.byOperation.import).toBe(2);
  });

  it('push answered {"code":"SCM.0000","message":"success"}: pushed, exit 0', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'zero', domain: 'zero.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'push', answer: { status: 200, body: { code: 'SCM.0000', message: 'success' } } });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`pushed ${id} to WAF in cn-north-4`);
  });

  it('any other code under 200 is still a refusal', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'zero', domain: 'zero.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'push', answer: { status: 200, body: { error_code: 'SCM.0001', error_msg: 'refused' } } });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('SCM.0001');
  });
});
