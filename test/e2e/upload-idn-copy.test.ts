// `upload --if-changed` of a leaf whose first name is internationalised (CN=münchen.example, SAN its punycode
// form), through the built binary, against an SCM that lists the certificate by the punycode form: SCM's keyword
// search is by text, so a search for "münchen.example" alone missed it and a second copy was imported. The
// name is now searched in both forms (as it is in both cases), and the copy SCM holds is found.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { fixture } from '../helpers/fixtures.js';

const t = withEmulator('idn-copy', { bundle: false });
const { run } = cliRecorder(() => t.env());
const cert = fixture('cases/idn-cn-punycode-san.crt');
const key = fixture('keys/leaf-rsa.key');
const chain = fixture('pki/inter-rsa.crt');

describe('upload --if-changed, SCM listing the leaf by its punycode name', () => {
  it('finds the copy SCM holds and imports nothing', async () => {
    const x = new X509Certificate(readFileSync(cert));
    expect(x.subject).toContain('CN=münchen.example');
    // The same leaf (its SHA-1 fingerprint and expiry) as an SCM that names it by its A-label lists it.
    const [held] = (await t.emu.seed({ certificates: [{
      name: 'idn-held', domain: 'xn--mnchen-3ya.example', sans: ['xn--mnchen-3ya.example'],
      fingerprint: x.fingerprint.replace(/:/g, '').toLowerCase(), not_after: new Date(x.validTo).toISOString(), not_before: new Date(x.validFrom).toISOString(),
    }] })).certificates as [string];
    const r = await run(['upload', '--cert', cert, '--key', key, '--chain', chain, '--name', 'idn', '--if-changed', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ certificate_id: held });
    expect((await t.emu.state()).requests.byOperation.import).toBeUndefined();
    expect((await t.emu.state()).certificates.map((c) => c.id)).toEqual([held]);
  });
});
