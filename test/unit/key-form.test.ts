// The form the private key is sent in (key-form.ts): RSA as PKCS#1 and P-256/384/521 as SEC1, because WAF, ELB
// and CDN do not take PKCS#8; every other key as it is. The key stays the same key (same public key), the
// import payload carries the converted PEM, upload and rotate say so once (an info finding), validate does not,
// and a dry run shows the label of the form sent, never the key.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import { keyToSend } from '../../src/core/validate/key-form.js';
import type { RawInput } from '../../src/core/validate/types.js';
import { redactRequest, renderDryRun } from '../../src/render/requests.js';
import { PLAIN } from '../../src/io/style.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, NOW } from '../helpers/named-files.js';

const pem = (rel: string): string => bytes(rel).toString();
const sent = (rel: string) => keyToSend(createPrivateKey(pem(rel)), pem(rel));
const spki = (key: string): Buffer => createPublicKey(key).export({ type: 'spki', format: 'der' });
const raw = (source: string, rel: string): RawInput => ({ source, data: bytes(rel) });

describeFixtures('keyToSend: the traditional form for RSA and NIST EC keys, nothing else', () => {
  it.each([
    ['RSA PKCS#8', 'rsa.key', 'pkcs1', 'RSA PRIVATE KEY'],
    ['EC P-256 PKCS#8', 'ec256.key', 'sec1', 'EC PRIVATE KEY'],
    ['EC P-384 PKCS#8', 'ec384.key', 'sec1', 'EC PRIVATE KEY'],
    ['EC P-521 PKCS#8', 'ec521.key', 'sec1', 'EC PRIVATE KEY'],
  ])('%s is converted, and it is the same key (same public key)', (_what, rel, form, label) => {
    const out = sent(rel);
    expect(pem(rel)).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(out.converted).toBe(form);
    expect(out.pem).toMatch(new RegExp(`^-----BEGIN ${label}-----\\n[A-Za-z0-9+/=\\n]+-----END ${label}-----\\n$`));
    expect(spki(out.pem).equals(spki(pem(rel)))).toBe(true);
  });

  it('RSA PKCS#8 becomes exactly what `openssl rsa -traditional` writes', () => {
    expect(sent('rsa.key').pem).toBe(pem('rsa.pkcs1.key'));
  });

  it.each([
    ['already PKCS#1', 'rsa.pkcs1.key'],
    ['already SEC1', 'ec256.sec1.key'],
    ['SM2 (PKCS#8)', 'sm2.key'],
    ['secp256k1', 'keytype-secp256k1.key'],
    ['Brainpool', 'keytype-brainpool.key'],
    ['Ed25519', 'ed25519.key'],
    ['RSA-PSS (PKCS#1 cannot hold its parameters)', 'rsapss.key'],
    ['DSA', 'keytype-dsa.key'],
  ])('%s is sent as it is', (_what, rel) => {
    expect(sent(rel)).toEqual({ pem: pem(rel) });
  });
});

describeFixtures('validateBundle: the payload carries the converted key; the finding only when sending', () => {
  const bundle = (key: string, cert = 'rsa-fullchain.pem', chain?: string) => ({ cert: raw('fullchain.pem', cert), key: raw('privkey.pem', key), ...(chain ? { chain: raw('chain.pem', chain) } : {}) });

  it('upload (sending): PKCS#1 in the payload, one info finding, every check on the same key', async () => {
    const r = await validateBundle(bundle('rsa.key'), { now: NOW, sending: true });
    expect(r.valid).toBe(true);
    expect(r.payload!.private_key).toBe(pem('rsa.pkcs1.key'));
    expect(lines(r)).toEqual(['input-converted info null: the private key in privkey.pem is sent as PKCS#1 (traditional RSA, BEGIN RSA PRIVATE KEY): WAF, ELB and CDN do not take PKCS#8 keys']);
    const zh = await validateBundle(bundle('rsa.key'), { now: NOW, sending: true, lang: 'zh' });
    expect(lines(zh)).toEqual(['input-converted info null: privkey.pem 中的私钥以 PKCS#1 格式（传统 RSA 格式，BEGIN RSA PRIVATE KEY）发送：WAF、ELB 和 CDN 暂不支持 PKCS#8 格式的私钥']);
  });

  it('an EC key is sent as SEC1', async () => {
    const r = await validateBundle(bundle('ec256.key', 'ec-fullchain.pem'), { now: NOW, sending: true });
    expect(r.valid).toBe(true);
    expect(r.payload!.private_key).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
    expect(spki(r.payload!.private_key).equals(spki(pem('ec256.key')))).toBe(true);
    expect(lines(r)).toEqual(['input-converted info null: the private key in privkey.pem is sent as SEC1 (traditional EC, BEGIN EC PRIVATE KEY): WAF, ELB and CDN do not take PKCS#8 keys']);
  });

  it('validate (not sending): the same payload, no finding', async () => {
    const r = await validateBundle(bundle('rsa.key'), { now: NOW });
    expect(r.payload!.private_key).toBe(pem('rsa.pkcs1.key'));
    expect(r.findings).toEqual([]);
  });

  it('a PKCS#1 key is sent unchanged and unmentioned', async () => {
    const r = await validateBundle(bundle('rsa.pkcs1.key'), { now: NOW, sending: true });
    expect(r.payload!.private_key).toBe(pem('rsa.pkcs1.key'));
    expect(r.findings).toEqual([]);
  });

  it('a key that does not match is still refused: the conversion does not change which key it is', async () => {
    const r = await validateBundle(bundle('other-rsa.key'), { now: NOW, sending: true });
    expect(r.findings.map((f) => f.rule)).toContain('key-mismatch');
  });

  it('an SM2 key is sent as PKCS#8, as before', async () => {
    const r = await validateBundle(bundle('sm2.key', 'sm2.crt', 'sm2-chain.pem'), { now: NOW, sending: true });
    expect(r.valid).toBe(true);
    expect(r.payload!.private_key).toBe(pem('sm2.key'));
    expect(r.findings.filter((f) => f.rule === 'input-converted')).toEqual([]);
  });
});

describeFixtures('--dry-run: the label of the form sent, never the key', () => {
  const request = (key: string) => ({ method: 'POST', url: 'https://scm.example/v3/scm/certificates/import', headers: {}, body: { name: 'n', certificate: 'c', private_key: key } });

  it.each([
    ['rsa.pkcs1.key', 'RSA PRIVATE KEY'],
    ['ec256.sec1.key', 'EC PRIVATE KEY'],
    ['sm2.key', 'PRIVATE KEY'],
  ])('%s', (rel, label) => {
    const key = pem(rel);
    const body = key.split('\n')[1]!;
    const text = renderDryRun(request(key), PLAIN, 'en');
    expect(text).toContain(`"private_key": "[redacted: ${key.length}-character private key, BEGIN ${label}]"`);
    expect(renderDryRun(request(key), PLAIN, 'zh')).toContain(`"private_key": "[已隐去：${key.length} 个字符的私钥，BEGIN ${label}]"`);
    expect(JSON.stringify(redactRequest(request(key)))).toContain(`[redacted: ${key.length}-character private key, BEGIN ${label}]`);
    expect(text).not.toContain(body);
    // A key pasted into another field is redacted too, whatever its label.
    expect(JSON.stringify(redactRequest({ ...request('x'), body: { note: key } }))).not.toContain(body);
  });
});
