// What validateBundle (index.ts) puts in a report: the payload a bundle read by content sends (the path found,
// not the strays), lengths measured as sent or as given, the 30-day default for "expiring soon", the key type
// even without a leaf, and `valid` from the errors alone.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, named, NOW, readTogether } from '../helpers/named-files.js';

const raw = (source: string, data: string | Buffer): RawInput => ({ source, data: typeof data === 'string' ? bytes(data) : data });
const LEAF = bytes('rsa.crt').toString();
const INTER = bytes('pki/inter-rsa.crt').toString();
/** rsa.key (PKCS#8) as sent: PKCS#1 (key-form.ts). */
const SENT_KEY = bytes('rsa.pkcs1.key').toString();
const DAY = 86_400_000;
/** Comment lines before the PEM: the input is longer than what is sent. */
const padded = (rel: string, chars: number): Buffer => Buffer.from(`${'# note\n'.repeat(Math.ceil(chars / 7))}${bytes(rel).toString()}`);

describeFixtures('the report of validateBundle', () => {
  it('a bundle read by content sends the path found: a stray end-entity certificate is named, not sent', async () => {
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key'], ['e.pem', 'ec256.crt']]);
    expect(lines(r)).toEqual(['chain-unrelated-cert warning null: CN=ec.example.com (certificate 1 in e.pem) is another end-entity certificate, not the one for this bundle; it is not sent']);
    expect(r.valid).toBe(true);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
  });

  it('lengths are measured on what is sent, or on the input as given when asked (--cert/--key only)', async () => {
    const input = { cert: raw('c.pem', padded('rsa.crt', 3000)), key: raw('k.pem', padded('rsa.key', 3000)), chain: raw('d.pem', 'rsa-chain.pem') };
    const sent = await validateBundle(input, { now: NOW });
    expect([sent.valid, ...lines(sent)]).toEqual([true]);
    const given = await validateBundle(input, { now: NOW, measureInput: true });
    expect(given.findings.map((f) => f.rule)).toEqual(['cert-too-long', 'key-too-long']);
    expect(given.findings[0]!.message).toBe(`the certificate field is ${input.cert.data.length} characters; SCM accepts at most 4096`);
    expect(given.valid).toBe(false);
    const bundle = await readTogether([['c.pem', padded('rsa.crt', 3000)], ['d.pem', 'rsa-chain.pem'], ['k.pem', 'rsa.key']]);
    const asGiven = await validateBundle({ files: named([['c.pem', padded('rsa.crt', 3000)], ['d.pem', 'rsa-chain.pem'], ['k.pem', 'rsa.key']]) }, { now: NOW, measureInput: true });
    expect([lines(bundle), lines(asGiven)]).toEqual([[], []]);
    // A bundle has no input "as given" to measure: the PEM it would send is measured even when asked.
    const big = await validateBundle({ files: named([['o.pem', 'oversize.crt'], ['c.pem', 'rsa-chain.pem'], ['k.pem', 'rsa.key']]) }, { now: NOW, measureInput: true });
    expect(big.findings.map((f) => f.rule)).toEqual(['cert-too-long']);
    expect(big.findings[0]!.message).toMatch(/^the certificate \(leaf only\) is \d{4} characters; SCM accepts at most 4096$/);
  });

  it('without a leaf, the key is still measured (as given when asked), and its type reported', async () => {
    const input = { key: raw('k.pem', padded('rsa.key', 3000)) };
    const sent = await validateBundle(input, { now: NOW });
    expect([sent.keyType, ...sent.findings.map((f) => f.rule)]).toEqual(['RSA 2048', 'cert-missing']);
    const given = await validateBundle(input, { now: NOW, measureInput: true });
    expect(given.findings.map((f) => f.rule)).toEqual(['cert-missing', 'key-too-long']);
  });

  it('without a leaf, a key too long is named as the private key, or as the private_key field when measured as given', async () => {
    const input = { key: raw('k.pem', 'rsa5120.key') };
    expect((await validateBundle(input, { now: NOW })).payload).toBeUndefined();
    const length = input.key.data.length;
    // Measured as sent: PKCS#1 (key-form.ts), shorter than the PKCS#8 file but still over the limit.
    const sentLength = (createPrivateKey(input.key.data).export({ type: 'pkcs1', format: 'pem' }) as string).length;
    expect(sentLength).toBeLessThan(length);
    const tooLong = (r: { findings: Array<{ rule: string; message: string }> }) => r.findings.filter((f) => f.rule === 'key-too-long').map((f) => f.message);
    expect(tooLong(await validateBundle(input, { now: NOW }))).toEqual([`the private key is ${sentLength} characters; SCM accepts at most 4096`]);
    expect(tooLong(await validateBundle(input, { now: NOW, measureInput: false }))).toEqual([`the private key is ${sentLength} characters; SCM accepts at most 4096`]);
    expect(tooLong(await validateBundle(input, { now: NOW, measureInput: true }))).toEqual([`the private_key field is ${length} characters; SCM accepts at most 4096`]);
    expect(tooLong(await validateBundle(input, { now: NOW, measureInput: true, lang: 'zh' }))).toEqual([`private_key 字段长 ${length} 个字符；SCM 最多接受 4096 个`]);
  });

  it('"expiring soon" means under 30 days when no other limit is given', async () => {
    const notAfter = Date.parse(new X509Certificate(bytes('rsa.crt')).validTo);
    const at = async (daysBefore: number, warnDays?: number) =>
      (await validateBundle({ cert: raw('c.pem', 'rsa-fullchain.pem'), key: raw('k.pem', 'rsa.key') }, { now: new Date(notAfter - daysBefore * DAY), ...(warnDays === undefined ? {} : { warnDays }) })).findings.map((f) => f.rule);
    expect(await at(10)).toEqual(['cert-expiring-soon']);
    expect(await at(29.5)).toEqual(['cert-expiring-soon']);
    expect(await at(30.5)).toEqual([]);
    expect(await at(40)).toEqual([]);
    expect(await at(40, 60)).toEqual(['cert-expiring-soon']);
  });

  it('--name and --enterprise-project-id are checked even when nothing else could be', async () => {
    const r = await validateBundle({}, { now: NOW, name: 'ab', enterpriseProjectId: 'x' });
    expect(r.findings.map((f) => f.rule)).toEqual(['cert-missing', 'key-empty', 'name-invalid', 'enterprise-project-id-invalid']);
    expect(r.valid).toBe(false);
  });
});
