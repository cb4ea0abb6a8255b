// ListCertificates' expired_days_since (0-1095: valid certificates and those expired at most that many days) is
// in the newer SDK models only; the Go SDK's model does not have it. It was sent on every list page, so a server
// that refuses a parameter it does not know (the emulator's expired_days_since: "refuse") failed every upload at
// its first lookup. Now only what asks for expired certificates sends it: `scm list`, `prune`, rotate's reading of
// the old certificates, and a lookup for a leaf that has expired (or is about to). Built binary against the emulator.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('expired-days-param');
const { run } = cliRecorder(() => t.env());
const refuse = (): Promise<Response> => fetch(`${t.emu.url}/_emulator/options`, { method: 'POST', body: JSON.stringify({ expired_days_since: 'refuse' }) });

describe('a server without expired_days_since', () => {
  it('upload and upload --if-changed: the lookups do not send it', async () => {
    expect((await refuse()).status).toBe(200);
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'no-days']);
    expect(r.code, r.stderr).toBe(0);
    const again = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'no-days', '--if-changed']);
    expect(again.code, again.stderr).toBe(0);
    const state = await t.emu.settled();
    expect(state.certificates).toHaveLength(1);
    expect(state.requests.byOperation.import).toBe(1);
  });

  it('scm list asks for expired certificates: the refusal is said (exit 4), as the server sent it', async () => {
    await refuse();
    const r = await run(['list']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/SCM\.0005/);
  });
});

describe('a server with it', () => {
  it('scm list shows an expired certificate', async () => {
    await t.emu.seed({ certificates: [{ name: 'gone', domain: 'gone.example.test', not_after: '2024-01-01T00:00:00Z' }] });
    const r = await run(['list', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^scs\d{13}$/);
  });
});
