// Opening PKCS#12 files, pinned to exact values (issue #15, mutation testing): every algorithm the reader knows,
// on files openssl and node-forge wrote (scripts/gen-fixtures.mjs, vparseFixtures), BER files handed to
// node-forge, and the exact words and hint, in both languages, of each file that cannot be opened.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Lang } from '../../src/core/i18n.js';
import { childrenOf, encodingOf, tlvAt, valueOf } from '../../src/core/validate/der.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { cipherNamed, openPfx, unlockPfx, type Unpacked } from '../../src/core/validate/pfx.js';
import { unpackPkcs12 } from '../../src/core/validate/pkcs12.js';
import { int, NULL, octet, oid, seq, tlv } from '../helpers/der-build.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const pemDers = (rel: string): Buffer[] => scanPem(readFileSync(fixture(rel), 'utf8')).blocks.map((b) => b.der!);
const jwk = (pkcs8: Buffer) => createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
const pfxFile = (name: string): Buffer => readFileSync(fixture(`pfx/${name}`));
/** What a user is told when a file cannot be opened: [message, hint]. */
async function refusal(der: Buffer, password: string | undefined, lang: Lang = 'en'): Promise<[string, string | undefined]> {
  const e = await openPfx(der, 'site.pfx', password, lang).then(() => undefined, (x: unknown) => x);
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  expect(e.path).toBe('site.pfx');
  return [e.message, e.hint];
}

/** The same file with its outer SEQUENCE in BER's indefinite-length form. */
function indefinite(der: Buffer): Buffer {
  const outer = tlvAt(der, 0)!;
  return Buffer.concat([Buffer.from([0x30, 0x80]), valueOf(der, outer), Buffer.alloc(2)]);
}
/** The same file with its authSafe content as a constructed OCTET STRING in two pieces (BER), of indefinite or definite length. */
function constructedContent(der: Buffer, definite = false): Buffer {
  const [version, authSafe, mac] = childrenOf(der, tlvAt(der, 0)!)!;
  const [type, wrapped] = childrenOf(der, authSafe!)!;
  const content = valueOf(der, tlvAt(der, wrapped!.start, wrapped!.end)!);
  const half = content.length >> 1;
  const halves = [octet(content.subarray(0, half)), octet(content.subarray(half))];
  const pieces = definite ? tlv(0x24, ...halves) : Buffer.concat([Buffer.from([0x24, 0x80]), ...halves, Buffer.alloc(2)]);
  return seq(encodingOf(der, version!), seq(encodingOf(der, type!), tlv(0xa0, pieces)), encodingOf(der, mac!));
}

it('refuses what is not a PKCS#12 at all, in both languages', async () => {
  expect(await refusal(Buffer.from('3003020102', 'hex'), 'x')).toEqual(['site.pfx is not a PKCS#12 (.pfx/.p12) file', 'pass PEM or DER certificates with --cert/--key instead']);
  expect(await refusal(Buffer.from('3003020102', 'hex'), 'x', 'zh')).toEqual(['site.pfx 不是 PKCS#12（.pfx/.p12）文件', 'PEM 或 DER 格式的证书请用 --cert/--key 传入']);
});

it('says why a PKCS#12 cannot be opened, in both languages', async () => {
  const P = '1.2.840.113549';
  const withKeyBag = (alg: Buffer) => seq(int(3), seq(oid(`${P}.1.7.1`), tlv(0xa0, octet(seq(seq(oid(`${P}.1.7.1`), tlv(0xa0, octet(seq(
    seq(oid(`${P}.1.12.10.1.2`), tlv(0xa0, seq(alg, octet(Buffer.alloc(16))))))))))))));
  const unsupported = withKeyBag(seq(oid('1.2.3.4'), NULL));
  // A cipher scm does not know by name still gets the command that converts the file (OpenSSL's legacy provider).
  expect(await refusal(unsupported, 'x')).toEqual(['cannot open site.pfx as PKCS#12: it is protected with 1.2.3.4, which scm cannot open', "convert it with OpenSSL: `openssl pkcs12 -legacy -in site.pfx -nodes -out bundle.pem` and validate bundle.pem (it holds the key unencrypted: keep it private), or export the .pfx again with the default AES-256"]);
  expect(await refusal(unsupported, 'x', 'zh')).toEqual(['无法按 PKCS#12 打开 site.pfx：它使用了 scm 无法解开的保护方式 1.2.3.4', "请用 OpenSSL 转换：`openssl pkcs12 -legacy -in site.pfx -nodes -out bundle.pem`，再校验 bundle.pem（其中的私钥未加密，请妥善保管），或用默认的 AES-256 重新导出 .pfx 文件"]);
  const enveloped = seq(int(3), seq(oid(`${P}.1.7.1`), tlv(0xa0, octet(seq(seq(oid(`${P}.1.7.3`), tlv(0xa0, seq())))))));
  expect(await refusal(enveloped, 'x')).toEqual(['cannot open site.pfx as PKCS#12: it is encrypted for a recipient key (public-key privacy mode), not with a password', undefined]);
  expect(await refusal(enveloped, 'x', 'zh')).toEqual(['无法按 PKCS#12 打开 site.pfx：它是用接收方公钥加密的（公钥隐私模式），而不是用密码加密的', undefined]);
  const malformed = seq(int(3), seq(oid(`${P}.1.7.1`), tlv(0xa0, seq())));
  expect(await refusal(malformed, 'x')).toEqual(['cannot open site.pfx as PKCS#12: its structure does not parse', undefined]);
  expect(await refusal(malformed, 'x', 'zh')).toEqual(['无法按 PKCS#12 打开 site.pfx：文件结构无法解析', undefined]);
});

it('names a cipher it could not run from one table: the PBES2 ones it runs, the legacy ones, nothing else', () => {
  // SM4, Camellia and ARIA come from pkcs12.ts's table (what Node's OpenSSL may lack), with no -legacy.
  expect(cipherNamed('1.2.156.10197.1.104.2')).toEqual(['SM4-CBC', false]);
  expect(cipherNamed('1.2.392.200011.61.1.1.1.4')).toEqual(['Camellia-256-CBC', false]);
  expect(cipherNamed('1.2.410.200046.1.1.7')).toEqual(['ARIA-192-CBC', false]);
  expect(cipherNamed('1.2.840.113549.1.12.1.2')).toEqual(['RC4-40', true]);
  expect(cipherNamed('1.2.840.113549.1.5.11')).toEqual(['PBE-SHA1-RC2-64', true]);
  expect(cipherNamed('1.2.3.4')).toBeUndefined();
});

describeFixtures('PKCS#12 files openssl and node-forge wrote', () => {
  const leaf = pemDers('cases/rsa.crt')[0]!;
  const [inter] = pemDers('cases/rsa-chain.pem');
  const key = jwk(createPrivateKey(readFileSync(fixture('cases/rsa.key'))).export({ type: 'pkcs8', format: 'der' }));
  const opened = (u: Unpacked) => ({ certs: u.certs.map((c) => new X509Certificate(c).subject), keys: u.keys.map(jwk) });
  const subjects = (...ders: Buffer[]) => ders.map((c) => new X509Certificate(c).subject);

  it.each([
    'vparse-2des-mac-sha1.pfx', 'vparse-rc2.pfx', 'vparse-aes128-mac-sha512.pfx', 'vparse-3des-pbes2-mac-sha384.pfx', 'vparse-iter1-mac-sha224.pfx',
    'vparse-plain-nomaciter.pfx',
  ])('%s opens with its password, and with no other', async (name) => {
    const u = await openPfx(pfxFile(name), name, 'secret', 'en');
    expect(opened(u)).toEqual({ certs: subjects(leaf, inter!), keys: [key] });
    expect(u.certs[0]!.equals(leaf)).toBe(true);
    expect(await refusal(pfxFile(name), 'Secret')).toEqual(['cannot open site.pfx: wrong password', 'the password in SCM_PFX_PASSWORD does not open site.pfx: check it, or pass --pfx-password-file FILE']);
  });

  it('opens PBES2 without a PRF (node-forge), which means HMAC-SHA1', async () => {
    expect(opened(await openPfx(pfxFile('vparse-forge-aes128.pfx'), 'x', 'secret', 'en'))).toEqual({ certs: subjects(leaf), keys: [key] });
  });

  it('opens a file whose password is longer than a hash block', async () => {
    const file = pfxFile('vparse-long-password.pfx');
    expect(opened(await openPfx(file, 'x', 'correct horse battery staple, twice over!', 'en'))).toEqual({ certs: subjects(leaf), keys: [key] });
    expect((await refusal(file, 'correct horse battery staple, twice over?'))[0]).toBe('cannot open site.pfx: wrong password');
  });

  it('tries both empty passwords when there is no MAC to choose between them', async () => {
    const u = await openPfx(pfxFile('vparse-3des-nomac-nopass.pfx'), 'x', undefined, 'en');
    expect(opened(u)).toEqual({ certs: subjects(leaf), keys: [key] });
  });

  it('a wrong password from --pfx-password-file names the option (never the path: README), one from standard input says so', async () => {
    expect((await unlockPfx(pfxFile('rsa.pfx'), 'site.pfx', 'nope', 'en', 'file') as { error: { hint: string } }).error.hint).toBe('the password in the first line of the file given to --pfx-password-file does not open site.pfx: check that file');
    expect((await unlockPfx(pfxFile('rsa.pfx'), 'site.pfx', 'nope', 'zh', 'file') as { error: { hint: string } }).error.hint).toBe('--pfx-password-file 指定的文件中的密码（第一行）打不开 site.pfx：请检查该文件');
    expect((await unlockPfx(pfxFile('rsa.pfx'), 'site.pfx', 'nope', 'zh', 'stdin') as { error: { hint: string } }).error.hint).toBe('从标准输入读到的密码打不开 site.pfx');
  });

  it('asks for the password it lacks, in both languages', async () => {
    expect(await refusal(pfxFile('rsa.pfx'), undefined)).toEqual(['cannot open site.pfx: it needs a password', 'set SCM_PFX_PASSWORD or pass --pfx-password-file FILE']);
    expect(await refusal(pfxFile('rsa.pfx'), 'nope', 'zh')).toEqual(['无法打开 site.pfx：密码错误', '环境变量 SCM_PFX_PASSWORD 中的密码打不开 site.pfx：请检查它，或用 --pfx-password-file 指定存放密码的文件']);
  });

  it('hands BER files to node-forge, which opens what the DER reader opens', async () => {
    const der = pfxFile('order-LIR.pfx');
    const direct = await unpackPkcs12(der, 'secret', async () => Buffer.alloc(0));
    for (const ber of [indefinite(der), constructedContent(der), constructedContent(der, true)]) {
      const u = await openPfx(ber, 'site.pfx', 'secret', 'en');
      expect(u.certs.map((c) => c.toString('hex'))).toEqual(direct.certs.map((c) => c.toString('hex')));
      expect(u.keys.map(jwk)).toEqual([key]);
      expect(await refusal(ber, 'wrong')).toEqual(['cannot open site.pfx: wrong password', 'the password in SCM_PFX_PASSWORD does not open site.pfx: check it, or pass --pfx-password-file FILE']);
    }
    expect(await refusal(indefinite(der).subarray(0, 200), 'secret')).toEqual(['cannot open site.pfx as PKCS#12: its structure does not parse', undefined]);
  });

  it('reads key bags and the empty password through node-forge too', async () => {
    const plain = await openPfx(indefinite(pfxFile('vparse-plain-nomaciter.pfx')), 'site.pfx', 'secret', 'en');
    expect(opened(plain)).toEqual({ certs: subjects(leaf, inter!), keys: [key] });
    const none = await openPfx(indefinite(pfxFile('no-password.pfx')), 'site.pfx', undefined, 'en');
    expect(none.keys.map(jwk)).toEqual([key]);
  });

  it('passes keys and certificates node-forge cannot decode (EC) on as they are', async () => {
    const der = pfxFile('ec.pfx');
    const direct = await unpackPkcs12(der, 'secret', async () => Buffer.alloc(0));
    const u = await openPfx(indefinite(der), 'site.pfx', 'secret', 'en');
    expect(u.keys.map(jwk)).toEqual(direct.keys.map(jwk));
    expect(u.keys.map(jwk)).toEqual([jwk(createPrivateKey(readFileSync(fixture('cases/ec256.key'))).export({ type: 'pkcs8', format: 'der' }))]);
    expect(u.certs.map((c) => c.toString('hex'))).toEqual(direct.certs.map((c) => c.toString('hex')));
  });
});
