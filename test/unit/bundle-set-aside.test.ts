// Files of a bundle read by content that scm cannot open: a PKCS#12 its password (none, or the one given) does
// not open, and Java keystores (JKS, JCEKS). Beside files that hold the leaf and the key they are left out with
// one info finding; when they are the only place the leaf or the key could be, the locked PKCS#12 is the input
// error --pfx gives (exit 2), and so is the keystore (with the keytool command). Exact findings, both languages.
import { createPrivateKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { javaKeystore } from '../../src/core/validate/jks.js';
import { holdsBundleMaterial, scanInput } from '../../src/core/validate/scan.js';
import { check, describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, readTogether, type Named } from '../helpers/named-files.js';

const LEGO = (ext: string): string => `bundles/layouts/lego/www.example.com.${ext}`;
const LEGO_FILES: Named = ['crt', 'issuer.crt', 'key', 'pem', 'json', 'pfx'].map((ext) => [`www.example.com.${ext}`, LEGO(ext)]);
/** lego run --pfx --pfx.pass: the same files, the .pfx with a password of the user's. */
const LEGO_PASS_FILES: Named = ['crt', 'issuer.crt', 'key', 'json', 'pfx'].map((ext) => [`www.example.com.${ext}`, `bundles/layouts/lego-pfx-pass/www.example.com.${ext}`]);
/** What is sent: lego's PKCS#8 EC key as SEC1, the form WAF, ELB and CDN take (key-form.ts). */
const PEM = { certificate: bytes('www.crt').toString(), certificate_chain: bytes('pki/inter-rsa.crt').toString(), private_key: createPrivateKey(bytes('www.key')).export({ type: 'sec1', format: 'pem' }) as string };
const NEEDS = { message: 'cannot open lego.pfx: it needs a password', hint: 'set SCM_PFX_PASSWORD or pass --pfx-password-file FILE', path: 'lego.pfx', exitCode: 2 };
const WRONG = { ...NEEDS, message: 'cannot open lego.pfx: wrong password', hint: 'the password in SCM_PFX_PASSWORD does not open lego.pfx: check it, or pass --pfx-password-file FILE' };
const KEYTOOL = (source: string, p12: string): string => `\`keytool -importkeystore -srckeystore ${source} -destkeystore ${p12} -deststoretype pkcs12\``;
/** The finding of --cert, --key or --chain given a keystore. */
const FINDING_EN = (source: string, kind: string, p12: string): string => `${source} is a Java keystore (${kind}): convert it with ${KEYTOOL(source, p12)}, then give the .p12 with --pfx`;
const FINDING_ZH = (source: string, kind: string, p12: string): string => `${source} 是 Java 密钥库（${kind}）：请先用 ${KEYTOOL(source, p12)} 转换，再用 --pfx 传入生成的 .p12 文件`;
/** What --pfx says of a keystore, and a bundle whose leaf or key could only be in one: exit 2, the keytool command as hint. */
const KEYSTORE_EN = (source: string, kind: string, p12: string): object => ({
  message: `${source} is a Java keystore (${kind}), not a PKCS#12 (.pfx/.p12) file`, hint: `convert it with ${KEYTOOL(source, p12)}, then give the .p12 with --pfx`, path: source, exitCode: 2,
});
const KEYSTORE_ZH = (source: string, kind: string, p12: string): object => ({
  message: `${source} 是 Java 密钥库（${kind}），不是 PKCS#12（.pfx/.p12）文件`, hint: `请先用 ${KEYTOOL(source, p12)} 转换，再用 --pfx 传入生成的 .p12 文件`, exitCode: 2,
});

describeFixtures("lego's --pfx layout: a .pfx with lego's password beside complete PEM files", () => {
  it("without a password it is opened with lego's default password (its .json beside it), said in an info finding", async () => {
    const r = await readTogether(LEGO_FILES);
    expect(lines(r)).toEqual([
      'input-converted info null: www.example.com.pfx is PKCS#12; its 2 certificates and private key will be sent as PEM',
      "input-converted info null: www.example.com.pfx was opened with lego's default password (lego's .json is beside it, and no password was given)",
    ]);
    expect(r.payload).toEqual(PEM);
    expect(lines(await readTogether(LEGO_FILES, {}, 'zh'))[1]).toBe('input-converted info null: www.example.com.pfx 已用 lego 的默认密码打开（旁边有 lego 的 `.json` 文件，且未提供密码）');
  });

  it.each([
    ['written with --pfx.pass (the default tried in vain says nothing of its own)', LEGO_PASS_FILES],
    ["without lego's .json beside it (not guessed at)", LEGO_FILES.filter(([name]) => !name.endsWith('.json'))],
    ['beside a .json that is not lego\'s', [...LEGO_FILES.filter(([name]) => !name.endsWith('.json')), ['www.example.com.json', Buffer.from('{"domain": "www.example.com"}\n')]] as Named],
  ])('%s: the .pfx is left out with one info finding; the PEM files are the bundle', async (_, files) => {
    const r = await readTogether(files);
    expect(lines(r)).toEqual(['input-ignored info null: www.example.com.pfx was left out: it needs a password (SCM_PFX_PASSWORD or --pfx-password-file), and the other files hold the certificate and the private key']);
    expect(r.findings[0]!.fix).toBe('Nothing to do; to have it read too, give the PKCS#12 password with SCM_PFX_PASSWORD or --pfx-password-file, or convert the Java keystore to PKCS#12 with `keytool -importkeystore`.');
    expect(r.valid).toBe(true);
    expect(r.payload).toEqual(PEM);
    const zh = await readTogether(files, {}, 'zh');
    expect(lines(zh)).toEqual(['input-ignored info null: www.example.com.pfx 未被读取：它需要密码（SCM_PFX_PASSWORD 或 --pfx-password-file），而其他文件中已有证书和私钥']);
    expect(zh.findings[0]!.fix).toBe('无需处理；如需同时读取该文件，请用 SCM_PFX_PASSWORD 或 --pfx-password-file 提供 PKCS#12 文件的密码，或用 `keytool -importkeystore` 把 Java 密钥库转换为 PKCS#12 文件。');
  });

  it('with a password that does not open it, the finding says so', async () => {
    expect(lines(await readTogether(LEGO_FILES, { pfxPassword: 'secret' }))).toEqual([
      'input-ignored info null: www.example.com.pfx was left out: the password given does not open it, and the other files hold the certificate and the private key',
    ]);
    expect(lines(await readTogether(LEGO_FILES, { pfxPassword: 'secret' }, 'zh'))).toEqual(['input-ignored info null: www.example.com.pfx 未被读取：所给的密码无法打开它，而其他文件中已有证书和私钥']);
  });

  it("with lego's password it is read as before: converted, the same certificate and key", async () => {
    const r = await readTogether(LEGO_FILES, { pfxPassword: 'changeit' });
    expect(lines(r)).toEqual(['input-converted info null: www.example.com.pfx is PKCS#12; its 2 certificates and private key will be sent as PEM']);
    expect(r.payload).toEqual(PEM);
  });

  it('the folder as `scm validate DIR` reads it', async () => {
    expect(lines(await check({ dir: 'layouts/lego' }))[1]).toBe("input-converted info null: bundles/layouts/lego/www.example.com.pfx was opened with lego's default password (lego's .json is beside it, and no password was given)");
    const r = await check({ dir: 'layouts/lego-pfx-pass' });
    expect(lines(r)).toEqual(['input-ignored info null: bundles/layouts/lego-pfx-pass/www.example.com.pfx was left out: it needs a password (SCM_PFX_PASSWORD or --pfx-password-file), and the other files hold the certificate and the private key']);
  });

  it('--cert and --key given with the files: the .pfx is not needed either', async () => {
    const r = await readTogether([['lego.pfx', 'pfx/lego.pfx']], { cert: { source: 'c.pem', data: bytes(LEGO('crt')) }, key: { source: 'k.pem', data: bytes('www.key') } });
    expect(lines(r)).toEqual(['input-ignored info null: lego.pfx was left out: it needs a password (SCM_PFX_PASSWORD or --pfx-password-file), and the other files hold the certificate and the private key']);
  });
});

describeFixtures('a locked PKCS#12 that is the only place for the leaf or the key: the input error, as today', () => {
  it.each([
    ['the key', [['c.crt', LEGO('crt')], ['lego.pfx', 'pfx/lego.pfx']]],
    ['the leaf', [['k.key', 'www.key'], ['i.crt', 'pki/inter-rsa.crt'], ['lego.pfx', 'pfx/lego.pfx']]],
    ['both', [['lego.pfx', 'pfx/lego.pfx'], ['notes.json', LEGO('json')]]],
  ] as Array<[string, Named]>)('%s', async (_, files) => {
    await expect(readTogether(files)).rejects.toMatchObject(NEEDS);
    await expect(readTogether(files, { pfxPassword: 'secret' })).rejects.toMatchObject(WRONG);
    await expect(readTogether(files, {}, 'zh')).rejects.toMatchObject({ message: '无法打开 lego.pfx：需要密码', hint: '请设置环境变量 SCM_PFX_PASSWORD，或用 --pfx-password-file 指定存放密码的文件' });
    expect((await readTogether(files, { pfxPassword: 'changeit' })).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('--pfx is the bundle itself: it must open, whatever else is given', async () => {
    const pfx = { source: 'lego.pfx', data: bytes('pfx/lego.pfx') };
    await expect(readTogether([], { pfx })).rejects.toMatchObject(NEEDS);
    await expect(readTogether([['c.crt', LEGO('crt')], ['k.key', 'www.key']], { pfx, pfxPassword: 'secret' })).rejects.toMatchObject(WRONG);
  });
});

describeFixtures('Java keystores (JKS, JCEKS)', () => {
  it('scan: told by their magic number, nothing else read from them', () => {
    for (const [file, kind] of [['site.jks', 'JKS'], ['site.jceks', 'JCEKS']]) {
      const s = scanInput({ source: file!, data: bytes(file!) });
      expect({ form: s.form, keystore: s.keystore, certs: s.certs, keyBlocks: s.keyBlocks }).toEqual({ form: 'keystore', keystore: kind, certs: [], keyBlocks: [] });
    }
    expect(javaKeystore(Buffer.from([0xfe, 0xed, 0xfe]))).toBeUndefined();
    expect(javaKeystore(Buffer.from([0xfe, 0xed, 0xfe, 0xee]))).toBeUndefined();
    expect(javaKeystore(Buffer.from([0xce, 0xce, 0xce, 0xce]))).toBe('JCEKS');
  });

  it("Tomcat's folder (the keystore and keystorePass.txt): unreadable input, exit 2, saying how to convert it (as --pfx does)", async () => {
    const source = 'bundles/layouts/tomcat/www.example.com.jks';
    const p12 = 'bundles/layouts/tomcat/www.example.com.p12';
    // keystorePass.txt beside it: the keytool command and --pfx-password-file name it (not read: only named).
    const pass = 'bundles/layouts/tomcat/keystorePass.txt';
    const keytool = `\`keytool -importkeystore -srckeystore ${source} -destkeystore ${p12} -deststoretype pkcs12 -srcstorepass:file ${pass} -deststorepass:file ${pass}\``;
    const pfx = `\`--pfx ${p12} --pfx-password-file ${pass}\``;
    await expect(check({ dir: 'layouts/tomcat' })).rejects.toMatchObject({ ...KEYSTORE_EN(source, 'JKS', p12), hint: `its password is likely in ${pass}, beside it: convert it with ${keytool}, then give the .p12 with ${pfx}` });
    await expect(check({ dir: 'layouts/tomcat' }, { lang: 'zh' })).rejects.toMatchObject({ ...KEYSTORE_ZH(source, 'JKS', p12), hint: `它的密码可能在旁边的 ${pass} 中：请先用 ${keytool} 转换，再用 ${pfx} 传入生成的 .p12 文件` });
  });

  it('a keystore alone, of either kind', async () => {
    await expect(readTogether([['site.jceks', 'site.jceks']])).rejects.toMatchObject(KEYSTORE_EN('site.jceks', 'JCEKS', 'site.p12'));
    await expect(readTogether([['store', 'site.jks']])).rejects.toMatchObject(KEYSTORE_EN('store', 'JKS', 'store.p12'));
  });

  it('the leaf is there, the key only in the keystore: the keystore is the unreadable input (exit 2)', async () => {
    await expect(readTogether([['c.crt', LEGO('crt')], ['site.jks', 'site.jks']])).rejects.toMatchObject(KEYSTORE_EN('site.jks', 'JKS', 'site.p12'));
  });

  it('beside the PEM files of the same download: left out with one info finding', async () => {
    const r = await check({ dir: 'layouts/pem-and-jks' });
    expect(lines(r)).toEqual(['input-ignored info null: bundles/layouts/pem-and-jks/www.example.com.jks was left out: it is a Java keystore (JKS), and the other files hold the certificate and the private key']);
    expect(lines(await check({ dir: 'layouts/pem-and-jks' }, { lang: 'zh' }))).toEqual(['input-ignored info null: bundles/layouts/pem-and-jks/www.example.com.jks 未被读取：它是 Java 密钥库（JKS），而其他文件中已有证书和私钥']);
  });

  it('as --cert, --key or --chain: the rule of that input, with the conversion', async () => {
    expect(lines(await check({ cert: 'site.jks', key: 'www.key' }))).toEqual([`cert-unparsable error SCM.0031: ${FINDING_EN('site.jks', 'JKS', 'site.p12')}`]);
    expect(lines(await check({ cert: 'rsa-fullchain.pem', key: 'site.jceks' }))).toEqual([`key-unparsable error SCM.0012: ${FINDING_EN('site.jceks', 'JCEKS', 'site.p12')}`]);
    expect(lines(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'site.jks' }))).toEqual([`chain-unparsable error SCM.0013: ${FINDING_EN('site.jks', 'JKS', 'site.p12')}`]);
    expect(lines(await check({ cert: 'site.jks', key: 'www.key' }, { lang: 'zh' }))).toEqual([`cert-unparsable error SCM.0031: ${FINDING_ZH('site.jks', 'JKS', 'site.p12')}`]);
  });

  it('as --pfx: the input error says what it is, the hint how to convert it', async () => {
    const pfx = (file: string) => ({ pfx: { source: file, data: bytes(file) } });
    await expect(readTogether([], pfx('site.jks'))).rejects.toMatchObject({
      message: 'site.jks is a Java keystore (JKS), not a PKCS#12 (.pfx/.p12) file', hint: `convert it with ${KEYTOOL('site.jks', 'site.p12')}, then give the .p12 with --pfx`, path: 'site.jks',
    });
    await expect(readTogether([], pfx('site.jceks'), 'zh')).rejects.toMatchObject({
      message: 'site.jceks 是 Java 密钥库（JCEKS），不是 PKCS#12（.pfx/.p12）文件', hint: `请先用 ${KEYTOOL('site.jceks', 'site.p12')} 转换，再用 --pfx 传入生成的 .p12 文件`,
    });
  });
});

describeFixtures('holdsBundleMaterial: what a file among folders holds', () => {
  const holds = (data: string | Buffer): boolean => holdsBundleMaterial(scanInput({ source: 'f', data: Buffer.isBuffer(data) ? data : Buffer.from(data) }));
  it('a README, notes, JSON, an empty file and random bytes hold none', () => {
    for (const data of ['certbot writes a README here too.\n', bytes(LEGO('json')), '', '\n\n', Buffer.from([0x00, 0x01, 0xff, 0x10, 0x02])]) expect(holds(data)).toBe(false);
  });
  it('certificates, keys, PKCS#12, keystores, DER, any PEM block (a CSR, a broken one) and bare base64 do', () => {
    const cert = bytes('rsa.crt').toString();
    const body = cert.split('\n').filter((l) => l !== '' && !l.startsWith('-----')).join('\n');
    for (const data of [cert, bytes('rsa.key'), bytes('pfx/rsa.pfx'), bytes('site.jks'), bytes('rsa.der'), bytes('variants/rsa.csr'), '-----END CERTIFICATE-----\n', body, bytes('variants/rsa-truncated.der')]) {
      expect(holds(data)).toBe(true);
    }
  });
});
