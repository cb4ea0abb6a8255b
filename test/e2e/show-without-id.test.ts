// ShowCertificate answered without `id` (it is in the path, and every member of the SDK's model is optional):
// `scm show` printed no id line, --json a certificate without its id, and the advice for the expiry e-mails
// named no certificate: "set them with scm notify on|off " (zh: `scm notify on|off `), a command that fails. The
// certificate asked for carries its id now, whatever the answer left out (or sent as something other than a string).
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('show-without-id', { bundle: false });
const { run } = cliRecorder(() => t.env());
const ID = 'scs1700000000042';
const answer = (extra: Record<string, unknown> = {}) =>
  t.emu.fault({ op: 'show', answer: { status: 200, body: { name: 'shop', domain: 'shop.example.test', status: 'UPLOAD', not_after: '2099-01-01 08:00:00.0', ...extra } } });

describe('a ShowCertificate answer without the id', () => {
  it('text: the id line and the notify advice name the certificate asked for', async () => {
    await answer();
    const r = await run(['show', ID]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^id {2,}${ID}$`, 'm'));
    expect(r.stdout).toContain(`set them with scm notify on|off ${ID}`);
  });

  it('zh, and an id that is no string', async () => {
    await answer({ id: 17 });
    const r = await run(['show', ID, '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`\`scm notify on|off ${ID}\``);
  });

  it('--json: the certificate carries its id, first', async () => {
    await answer();
    const r = await run(['show', ID, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { certificate: Record<string, unknown> };
    expect([Object.keys(doc.certificate)[0], doc.certificate.id]).toEqual(['id', ID]);
  });
});
