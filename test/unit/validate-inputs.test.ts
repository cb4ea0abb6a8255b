// The shapes inputs arrive in (PEM quirks, every key encoding, DER, PKCS#12, strings from a request body)
// and the upload payload validateBundle builds from them.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { validateBundle } from '../../src/core/validate/index.js';
import { check, describeFixtures, errors, fixture, raw, ruleIds, text } from '../helpers/fixtures.js';

const pem = (rel: string): string => readFileSync(fixture(`cases/${rel}`), 'utf8');
const fingerprint = (certPem: string): string => new X509Certificate(certPem).fingerprint256;
const blocks = (s: string): number => (s.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length;

describeFixtures('PEM as editors and Windows leave it', () => {
  const variants = ['bom', 'crlf', 'blank-lines', 'trailing-space', 'indented', 'text-outside', 'no-final-newline', 'with-key'];

  it.each(variants)('fullchain-%s.pem validates clean and sends canonical PEM', async (variant) => {
    const r = await check({ cert: `variants/fullchain-${variant}.pem`, key: 'variants/key-bom-crlf.key' });
    // Indented armor lines: read and sent rewritten, with an info saying that OpenSSL refuses the file as it stands.
    expect(r.findings.map((x) => `${x.rule} ${x.severity}`)).toEqual(variant === 'indented' ? ['input-repaired info'] : []);
    const clean = await check({ cert: 'rsa-fullchain.pem', key: 'rsa.key' });
    expect(r.payload).toEqual(clean.payload);
    expect(r.payload!.certificate).not.toMatch(/\r|\ufeff|[ \t]\n|^ /m);
  });

  it('takes the key from a combined PEM when no key is given', async () => {
    const r = await check({ cert: 'variants/fullchain-with-key.pem' });
    expect(r.valid).toBe(true);
    expect(r.payload!.private_key).toBe(pem('rsa.pkcs1.key'));
    expect(r.payload!.certificate).not.toContain('PRIVATE KEY');
  });
});

describeFixtures('keys in every encoding', () => {
  it.each([
    // Whatever the input, an RSA key is sent as PKCS#1, the form WAF, ELB and CDN take (key-form.ts).
    ['PKCS#8 PEM', 'rsa.key', 'RSA PRIVATE KEY'],
    ['PKCS#1 PEM', 'rsa.pkcs1.key', 'RSA PRIVATE KEY'],
    ['PKCS#8 DER', 'rsa.key.der', 'RSA PRIVATE KEY'],
    ['PKCS#1 DER', 'rsa.pkcs1.key.der', 'RSA PRIVATE KEY'],
  ])('RSA %s', async (_, key, label) => {
    const r = await check({ cert: 'rsa-fullchain.pem', key });
    expect(errors(r)).toEqual([]);
    expect(r.payload!.private_key.startsWith(`-----BEGIN ${label}-----\n`)).toBe(true);
    expect(createPrivateKey(r.payload!.private_key).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(r.keyType).toBe('RSA 2048');
  });

  it.each([
    // and a P-256 key as SEC1.
    ['SEC1 PEM', 'ec256.sec1.key', 'EC PRIVATE KEY'],
    ['SEC1 DER', 'ec256.sec1.key.der', 'EC PRIVATE KEY'],
    ['SEC1 with an EC PARAMETERS block', 'ec256.with-params.key', 'EC PRIVATE KEY'],
    ['PKCS#8 PEM', 'ec256.key', 'EC PRIVATE KEY'],
  ])('EC %s', async (_, key, label) => {
    const r = await check({ cert: 'ec-fullchain.pem', key });
    expect(errors(r)).toEqual([]);
    expect(r.payload!.private_key).toMatch(new RegExp(`^-----BEGIN ${label}-----\\n[^-]+-----END ${label}-----\\n$`));
    expect(r.keyType).toBe('EC P-256');
  });

  it('describes Ed25519, SM2 and multi-prime RSA keys', async () => {
    expect((await check({ cert: 'ed25519.crt', key: 'ed25519.key', chain: 'rsa-chain.pem' })).keyType).toBe('Ed25519');
    const sm2 = await check({ cert: 'sm2.crt', key: 'sm2.key', chain: 'sm2-chain.pem' });
    expect(sm2.keyType).toBe('SM2');
    expect(sm2.certificate).toMatchObject({ keyType: 'SM2', key: 'SM2', signatureAlgorithm: 'SM2-with-SM3' });
    expect((await check({ cert: 'rsa5120.crt', key: 'rsa5120.key', chain: 'rsa-chain.pem' })).keyType).toBe('RSA 5120');
  });
});

describeFixtures('the upload payload', () => {
  it('splits a fullchain: the leaf in certificate, the rest in certificate_chain', async () => {
    const r = await check({ cert: 'rsa-fullchain-with-root.pem', key: 'rsa.key' });
    expect(blocks(r.payload!.certificate)).toBe(1);
    expect(blocks(r.payload!.certificate_chain)).toBe(2);
    expect(fingerprint(r.payload!.certificate)).toBe(fingerprint(pem('rsa.crt')));
    expect(r.payload!.certificate_chain).toBe(pem('rsa-chain-with-root.pem'));
  });

  it('converts DER to PEM', async () => {
    const r = await check({ cert: 'rsa.der', key: 'rsa.key.der', chain: 'rsa-chain.pem' });
    expect(r.payload!.certificate).toBe(pem('rsa.crt'));
    expect(r.payload!.private_key).toBe(pem('rsa.pkcs1.key'));
    expect(ruleIds(r)).toEqual(['input-converted', 'input-converted']);
  });

  it('is there even when findings block the upload, and absent without a usable key', async () => {
    expect((await check({ cert: 'rsa-fullchain.pem', key: 'other-rsa.key' })).payload).toBeDefined();
    expect((await check({ cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-pkcs8.key' })).payload).toBeUndefined();
    expect((await check({ cert: 'rsa-fullchain.pem' })).payload).toBeUndefined();
  });

  it('summarises the leaf and the chain', async () => {
    const r = await check({ cert: 'rsa-fullchain.pem', key: 'rsa.key' });
    expect(r.certificate).toMatchObject({
      subject: 'CN=rsa.example.com',
      issuer: 'O=scm fixtures, CN=SCM Test Intermediate R2',
      names: ['rsa.example.com', 'www.rsa.example.com'],
      keyType: 'RSA',
      keySize: 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      sha256: fingerprint(pem('rsa.crt')),
      chain: ['CN=rsa.example.com (leaf, RSA 2048)', 'CN=SCM Test Intermediate R2 (intermediate, RSA 2048)', 'O=scm fixtures, CN=SCM Test Root R1 (issuer of CN=SCM Test Intermediate R2, not included)'],
    });
    expect(r.certificate!.daysLeft).toBeGreaterThan(36000);
  });
});

describeFixtures('strings from an import request (the emulator)', () => {
  const body = { certificate: pem('rsa.crt'), certificate_chain: pem('rsa-chain.pem'), private_key: pem('rsa.key') };

  it('validates PEM strings and names the fields in messages', async () => {
    const ok = await validateBundle({ cert: text(body.certificate, 'certificate'), chain: text(body.certificate_chain, 'certificate_chain'), key: text(body.private_key, 'private_key') }, { now: new Date() });
    expect(ok.findings).toEqual([]);
    const bad = await validateBundle({ cert: text(body.certificate, 'certificate'), key: text(pem('other-rsa.key'), 'private_key') }, { now: new Date() });
    expect(bad.findings.find((f) => f.rule === 'key-mismatch')?.message).toMatch(/private key in private_key/);
  });

  it('measures the fields as sent with measureInput, the split PEM without', async () => {
    // leaf + one big intermediate in `certificate`: over 4096 as a field, fine once split.
    const cert = text(pem('big-fullchain-one-intermediate.pem'), 'certificate');
    const key = text(body.private_key, 'private_key');
    const asSent = await validateBundle({ cert, key }, { now: new Date(), measureInput: true });
    expect(asSent.findings.find((f) => f.rule === 'cert-too-long')?.message).toBe(`the certificate field is ${cert.data.length} characters; SCM accepts at most 4096`);
    const split = await validateBundle({ cert, key }, { now: new Date() });
    expect(ruleIds(split)).not.toContain('cert-too-long');
  });

  it('counts CRLF line ends in measureInput mode', async () => {
    const crlf = pem('rsa5120.key').replace(/\n/g, '\r\n');
    const r = await validateBundle({ cert: text(pem('rsa5120.crt')), chain: text(body.certificate_chain), key: text(crlf, 'private_key') }, { now: new Date(), measureInput: true });
    expect(r.findings.find((f) => f.rule === 'key-too-long')?.message).toBe(`the private_key field is ${crlf.length} characters; SCM accepts at most 4096`);
  });

  it('writes fixes in Chinese with lang zh', async () => {
    const r = await validateBundle({ cert: text(body.certificate), key: text(pem('other-rsa.key')) }, { now: new Date(), lang: 'zh' });
    expect(r.findings.find((f) => f.rule === 'key-mismatch')?.fix).toMatch(/请使用与该证书一起生成的私钥/);
  });
});

describeFixtures('PKCS#12', () => {
  it.each([
    ['AES-256 (OpenSSL 3 default)', 'rsa.pfx', 'secret', 'RSA 2048', 2],
    ['RC2 legacy', 'rsa-legacy.pfx', 'secret', 'RSA 2048', 1],
    ['3DES', 'rsa-3des.pfx', 'secret', 'RSA 2048', 1],
    ['EC', 'ec.pfx', 'secret', 'EC P-256', 1],
    ['SM2', 'sm2.pfx', 'secret', 'SM2', 1],
    ['without a password', 'no-password.pfx', undefined, 'RSA 2048', 1],
    ['OpenSSL 3 defaults (PBES2, AES-256-CBC, PBKDF2) with a non-ASCII password', 'unicode-password.pfx', 'pässwörd-密码', 'RSA 2048', 2],
    ['without a MAC', 'no-mac.pfx', 'secret', 'RSA 2048', 1],
    ['root first, leaf last (node-forge, 3DES)', 'root-first.pfx', 'secret', 'RSA 2048', 2],
  ])('%s', async (_, file, pfxPassword, keyType, chainLength) => {
    const r = await check({ pfx: file, ...(pfxPassword === undefined ? {} : { pfxPassword }) });
    expect(errors(r)).toEqual([]);
    expect(r.keyType).toBe(keyType);
    expect(blocks(r.payload!.certificate)).toBe(1);
    expect(blocks(r.payload!.certificate_chain)).toBe(chainLength);
    // Sent as PKCS#1 (RSA) or SEC1 (EC), an SM2 key as the PKCS#8 it came in (key-form.ts).
    expect(r.payload!.private_key).toMatch(new RegExp(`^-----BEGIN ${{ RSA: 'RSA ', EC: 'EC ' }[keyType.split(' ')[0]!] ?? ''}PRIVATE KEY-----\n`));
    expect(createPrivateKey(r.payload!.private_key)).toBeDefined();
    expect(ruleIds(r)).toContain('input-converted');
  });

  it('sends the chain in issuing order, leaf first', async () => {
    const r = await check({ pfx: 'rsa.pfx', pfxPassword: 'secret' });
    expect(fingerprint(r.payload!.certificate)).toBe(fingerprint(pem('rsa.crt')));
    expect(r.payload!.certificate_chain).toBe(pem('rsa-chain-with-root.pem'));
  });

  it('a leaf-only PKCS#12 is a chain of length 1', async () => {
    expect(errors(await check({ pfx: 'leaf-only.pfx', pfxPassword: 'secret' }))).toEqual(['chain-too-short']);
  });

  it('a wrong or missing password is unreadable input (exit 2), with a hint and no password in it', async () => {
    await expect(check({ pfx: 'rsa.pfx', pfxPassword: 'hunter2' })).rejects.toThrow(InputError);
    await expect(check({ pfx: 'rsa.pfx', pfxPassword: 'hunter2' })).rejects.toThrow(/cannot open rsa\.pfx: wrong password$/);
    const missing = await check({ pfx: 'rsa.pfx' }).catch((e: InputError) => e);
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as InputError).message).toMatch(/needs a password/);
    expect((missing as InputError).hint).toMatch(/SCM_PFX_PASSWORD/);
  });

  it('a wrong password gives the same words and hint whether the file has a MAC or not', async () => {
    const errors = await Promise.all(['rsa.pfx', 'no-mac.pfx', 'unicode-password.pfx'].map((pfx) => check({ pfx, pfxPassword: 'pässwörd' }).catch((e: InputError) => e)));
    expect(errors.map((e) => (e as InputError).message.replace(/^cannot open [^:]+/, 'cannot open F'))).toEqual(Array(3).fill('cannot open F: wrong password'));
    expect(new Set(errors.map((e) => (e as InputError).hint!.replace(/\S+\.pfx/, 'F')))).toEqual(new Set(['the password in SCM_PFX_PASSWORD does not open F: check it, or pass --pfx-password-file FILE']));
    const zh = await validateBundle({ pfx: raw('pfx/no-mac.pfx') }, { now: new Date(), lang: 'zh' }).catch((e: InputError) => e);
    expect((zh as InputError).message).toBe('无法打开 no-mac.pfx：需要密码');
  });

  it('a PEM file given as PKCS#12 is unreadable input', async () => {
    await expect(validateBundle({ pfx: raw('cases/rsa.crt') }, { now: new Date() })).rejects.toThrow(/is not a PKCS#12/);
  });
});
