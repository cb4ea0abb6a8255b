// What scm sends when the files repeat a certificate (each one once: SCM refuses leaf,leaf,int with SCM.0079),
// PKCS#7 read in issuing order whatever order the file keeps, and a root right after the leaf called a missing
// intermediate. Exact finding sets, messages and payloads: the verdict must match what is sent.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyseServed } from '../../src/core/check/index.js';
import { pkcs7Certs } from '../../src/core/validate/der-sniff.js';
import { validateBundle } from '../../src/core/validate/index.js';
import { certFromDer } from '../../src/core/validate/model.js';
import { checkImport } from '../../src/emulator/checks.js';
import { check, describeFixtures, expected, fixture, raw, text, triples, type Parts } from '../helpers/fixtures.js';

/** The clock for the chain's dates: inside every generated certificate's validity. */
// Inside every fixture's dates: they are valid from when they were generated (a fixed day before it would find
// their CAs not valid yet, chain-cert-not-yet-valid), for a century.
const AT = new Date();

const pem = (rel: string): string => readFileSync(fixture(`cases/${rel}`), 'utf8');
const LEAF = pem('rsa.crt');
const INTER = pem('rsa-chain.pem');
const WITH_ROOT = pem('rsa-chain-with-root.pem');
const messages = (r: { findings: Array<{ rule: string; message: string }> }): string[] => r.findings.map((f) => `${f.rule}: ${f.message}`);

describeFixtures('a repeated certificate is sent once', () => {
  it('--cert cert.pem --chain fullchain.pem: one warning that says so, and the leaf is not sent again', async () => {
    const r = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-fullchain.pem' });
    expect(triples(r)).toEqual(expected(['chain-duplicate']));
    expect(r.valid).toBe(true);
    expect(messages(r)).toEqual([
      'chain-duplicate: CN=rsa.example.com (certificate 1 in rsa-fullchain.pem) repeats the leaf certificate; scm sends the leaf once, in the certificate field, not again in the chain (SCM would refuse the repeat: each certificate must be followed by its issuer)',
    ]);
    expect(r.payload).toMatchObject({ certificate: LEAF, certificate_chain: INTER });
    const zh = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-fullchain.pem' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=rsa.example.com（rsa-fullchain.pem 中的第 1 张证书）与服务器证书重复；scm 只在证书字段中发送一次服务器证书，不会在证书链中重复发送（SCM 要求每张证书后面紧跟它的签发者，会拒绝重复的证书）');
  });

  it('an intermediate twice, or the leaf twice in one file: each sent once, in the order given', async () => {
    const twice = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-duplicate.pem' });
    expect(triples(twice)).toEqual(expected(['chain-duplicate']));
    expect(messages(twice)).toEqual([
      'chain-duplicate: CN=SCM Test Intermediate R2 (certificate 2 in rsa-chain-duplicate.pem) repeats CN=SCM Test Intermediate R2 (certificate 1 in rsa-chain-duplicate.pem); scm sends it once (SCM would refuse the repeat: each certificate must be followed by its issuer)',
    ]);
    expect(twice.payload).toMatchObject({ certificate: LEAF, certificate_chain: INTER });
    const leafTwice = await check({ cert: 'rsa-fullchain-leaf-twice.pem', key: 'rsa.key' });
    expect(triples(leafTwice)).toEqual(expected(['chain-duplicate']));
    expect(leafTwice.payload).toMatchObject({ certificate: LEAF, certificate_chain: INTER });
  });

  it('a fullchain.pem appended to itself: one finding for the file, naming the repeats and what they repeat, in both languages', async () => {
    const input = { cert: text(pem('rsa-fullchain.pem').repeat(2), 'twice.pem'), key: raw('cases/rsa.key') };
    const r = await validateBundle(input, { now: new Date() });
    expect(messages(r)).toEqual([
      'chain-duplicate: certificates 3–4 in twice.pem repeat the leaf certificate, CN=SCM Test Intermediate R2 (certificate 2 in twice.pem), given before them; scm sends each once, the leaf in the certificate field only (SCM would refuse the repeats: each certificate must be followed by its issuer)',
    ]);
    expect(r.payload).toMatchObject({ certificate: LEAF, certificate_chain: INTER });
    const zh = await validateBundle(input, { now: new Date(), lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('twice.pem 中的第 3～4 张证书与前面的服务器证书、CN=SCM Test Intermediate R2（twice.pem 中的第 2 张证书）重复；scm 每张只发送一次，服务器证书只在证书字段中发送（SCM 要求每张证书后面紧跟它的签发者，会拒绝重复的证书）');
    const blocks = pem('rsa-fullchain.pem').repeat(2).match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!;
    const served = analyseServed(blocks.map((p, i) => certFromDer(new X509Certificate(p).raw, 'the served chain', i + 1)), 0, true, 'en', AT);
    expect(served.problems.filter((p) => p.id === 'chain-duplicate').map((p) => p.message)).toEqual(['certificates 3–4 in the served chain repeat the leaf certificate, CN=SCM Test Intermediate R2 (certificate 2 in the served chain), given before them']);
  });

  it('the length limit is measured on what is sent; the emulator measures the field as received', async () => {
    const input = { cert: raw('cases/rsa.crt'), key: raw('cases/rsa.key'), chain: text(INTER.repeat(7), 'chain.pem') };
    expect(INTER.repeat(7).length).toBeGreaterThan(8192);
    const r = await validateBundle(input, { now: new Date() });
    // One file repeating it six times is one cause: one finding.
    expect(triples(r)).toEqual(expected(['chain-duplicate']));
    expect(r.findings[0]!.message).toBe('certificates 2–7 in chain.pem repeat CN=SCM Test Intermediate R2 (certificate 1 in chain.pem), given before them; scm sends each once (SCM would refuse the repeats: each certificate must be followed by its issuer)');
    expect(r.payload!.certificate_chain).toBe(INTER);
    const received = await validateBundle(input, { now: new Date(), measureInput: true });
    expect(triples(received)).toEqual(expected(['chain-too-long', 'chain-duplicate']));
  });

  it('the emulator refuses a request that repeats a certificate (SCM.0079) and takes what scm sends, storing it once', async () => {
    const body = (chain: string) => ({ name: 'dup', certificate: LEAF, certificate_chain: chain, private_key: pem('rsa.key') });
    expect(await checkImport(body(LEAF + INTER), new Date())).toEqual({ ok: false, code: 'SCM.0079', rule: 'chain-duplicate', message: expect.any(String) });
    expect(await checkImport(body(INTER + INTER), new Date())).toMatchObject({ ok: false, code: 'SCM.0079', rule: 'chain-duplicate' });
    const sent = (await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-fullchain.pem' })).payload!;
    expect(await checkImport(body(sent.certificate_chain), new Date())).toMatchObject({ ok: true, leaf: LEAF, chain: INTER });
  });

  it('scm check keeps its own words: a served chain really holds the repeat', () => {
    const served = [LEAF, LEAF, INTER].map((p, i) => certFromDer(new X509Certificate(p).raw, 'the served chain', i + 1));
    expect(analyseServed(served, 0, true, 'en', AT).problems).toEqual([
      { id: 'chain-duplicate', message: 'CN=rsa.example.com (certificate 2 in the served chain) repeats the leaf certificate' },
    ]);
  });
});

describeFixtures('PKCS#7 has no order: its certificates are read leaf first, then each issuer', () => {
  const subjects = (rel: string, der = true): string[] => {
    const data = readFileSync(fixture(`cases/${rel}`));
    const body = der ? data : Buffer.from(data.toString().replace(/-----[^-]+-----/g, ''), 'base64');
    return pkcs7Certs(body)!.map((c) => new X509Certificate(c).subject.split('\n').pop()!);
  };

  it('the reversed files really hold the root first (so the tests below can fail)', () => {
    expect(subjects('rsa-fullchain-reversed.p7b')).toEqual(['CN=SCM Test Root R1', 'CN=SCM Test Intermediate R2', 'CN=rsa.example.com']);
    expect(subjects('rsa-fullchain-reversed-p7.pem', false)).toEqual(['CN=SCM Test Root R1', 'CN=SCM Test Intermediate R2', 'CN=rsa.example.com']);
    expect(subjects('rsa-chain-reversed.p7b')).toEqual(['CN=SCM Test Root R1', 'CN=SCM Test Intermediate R2']);
  });

  it('--cert: in order or reversed, DER or PEM, the same findings and the same payload', async () => {
    const cases: Array<[Parts, string]> = [
      [{ cert: 'rsa-fullchain.p7b', key: 'rsa.key' }, INTER],
      [{ cert: 'rsa-fullchain-reversed.p7b', key: 'rsa.key' }, WITH_ROOT],
      [{ cert: 'rsa-fullchain-reversed-p7.pem', key: 'rsa.key' }, WITH_ROOT],
    ];
    for (const [parts, chain] of cases) {
      const r = await check(parts);
      expect(triples(r), parts.cert).toEqual(expected(chain === INTER ? [] : ['chain-includes-root']));
      expect(r.payload, parts.cert).toMatchObject({ certificate: LEAF, certificate_chain: chain });
    }
  });

  it('--chain: a .p7b that holds the leaf too (Windows AD CS\' certnew.p7b beside certnew.cer) is a set the leaf is taken from, no repeat said', async () => {
    for (const chain of ['rsa-fullchain.p7b', 'rsa-fullchain-reversed.p7b', 'rsa-fullchain-reversed-p7.pem']) {
      const r = await check({ cert: 'rsa.crt', key: 'rsa.key', chain });
      expect(triples(r), chain).toEqual(expected(chain === 'rsa-fullchain.p7b' ? [] : ['chain-includes-root']));
      expect(r.payload, chain).toMatchObject({ certificate: LEAF, certificate_chain: chain === 'rsa-fullchain.p7b' ? INTER : WITH_ROOT });
    }
    // Given in order, the same leaf again is still a repeat.
    expect(triples(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-fullchain.pem' }))).toEqual(expected(['chain-duplicate']));
  });

  it('--chain: a reversed .p7b is sent leaf side first; reversed PEM still counts as given', async () => {
    const r = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-reversed.p7b' });
    expect(triples(r)).toEqual(expected(['chain-includes-root']));
    expect(r.payload!.certificate_chain).toBe(WITH_ROOT);
    expect(triples(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-reversed.pem' }))).toEqual(expected(['chain-misordered', 'chain-includes-root']));
  });
});

describeFixtures('a root right after the leaf: the intermediate between them is missing', () => {
  const MISSING = 'chain-missing-intermediate: CN=rsa.example.com was issued by CN=SCM Test Intermediate R2, which is not in the chain; the chain goes on with the root CN=SCM Test Root R1, which did not issue it: add CN=SCM Test Intermediate R2 after CN=rsa.example.com, and remove CN=SCM Test Root R1 if it is not the root above CN=SCM Test Intermediate R2 (a root of another CA cannot complete this chain)';

  it('in one file, as --chain, and read by content: one finding, naming the certificate and where it goes', async () => {
    for (const parts of [{ cert: 'rsa-leaf-root.pem', key: 'rsa.key' }, { cert: 'rsa.crt', key: 'rsa.key', chain: 'pki/root-rsa.crt' }, { files: ['rsa.crt', 'pki/root-rsa.crt', 'rsa.key'] }]) {
      const r = await check(parts);
      expect(triples(r), JSON.stringify(parts)).toEqual(expected(['chain-missing-intermediate']));
      expect(messages(r), JSON.stringify(parts)).toEqual([MISSING]);
    }
    const zh = await check({ cert: 'rsa-leaf-root.pem', key: 'rsa.key' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=rsa.example.com 的签发者 CN=SCM Test Intermediate R2 不在证书链中；证书链接下来是根证书 CN=SCM Test Root R1，而它并没有签发 CN=rsa.example.com：请在 CN=rsa.example.com 之后加入 CN=SCM Test Intermediate R2；如果 CN=SCM Test Root R1 不是 CN=SCM Test Intermediate R2 之上的根证书，请删除它（其他 CA 的根证书无法补全这条证书链）');
  });

  it('another CA\'s intermediate there is still a broken link (it may be no ancestor at all)', async () => {
    expect(triples(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'unrelated-chain.pem' }))).toEqual(expected(['chain-broken']));
    expect(triples(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'pki/inter-b.crt' }))).toEqual(expected(['chain-broken']));
  });
});

describeFixtures('a root right after the leaf, beside a certificate that issued nothing', () => {
  it('--chain holding another end-entity certificate and the root: the hole above the leaf, and the stray, one finding each', async () => {
    const chain = text(pem('ec256.crt') + readFileSync(fixture('pki/root-rsa.crt'), 'utf8'), 'd.pem');
    const r = await validateBundle({ cert: raw('cases/rsa.crt'), key: raw('cases/rsa.key'), chain }, { now: new Date('2027-01-01T00:00:00Z') });
    expect(messages(r)).toEqual([
      'chain-missing-intermediate: CN=rsa.example.com was issued by CN=SCM Test Intermediate R2, which is not in the chain; the chain goes on with the root CN=SCM Test Root R1, which did not issue it: add CN=SCM Test Intermediate R2 after CN=rsa.example.com, and remove CN=SCM Test Root R1 if it is not the root above CN=SCM Test Intermediate R2 (a root of another CA cannot complete this chain)',
      'chain-broken: CN=ec.example.com (certificate 1 in d.pem) did not issue any certificate of this chain; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove it',
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(['SCM.0079', 'SCM.0079']);
  });
});
