// Files given together are told apart by content (classify.ts): the certificate the private key matches is the
// leaf; without one, the only end-entity certificate, else the one in the most leaf-like file name (certbot's
// cert.pem and fullchain.pem first, names that say chain, bundle, CA, root... last), else the newest renewal of
// one subject; anything else is an input error naming the candidates. These pin each tie-break exactly.
import { X509Certificate } from 'node:crypto';
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, readTogether, type Named } from '../helpers/named-files.js';

const RSA = 'CN=rsa.example.com';
const EC = 'CN=ec.example.com';
const sha = (rel: string): string => new X509Certificate(bytes(rel)).fingerprint256;
const subjectOf = async (files: Named): Promise<string | undefined> => (await readTogether(files)).certificate?.subject;

/** The error validateBundle throws for these files, as the fields a user sees. */
async function refusal(files: Named, extra: { bundle?: string } = {}, lang: 'en' | 'zh' = 'en'): Promise<object> {
  const e = await readTogether(files, extra, lang).then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  const { message, hint, path } = e as InputError;
  return { message, hint, path };
}

describeFixtures('no key matches: the file name breaks the tie', () => {
  // The EC leaf comes first in a CA-like name: it must lose to the RSA leaf in a plain name.
  it.each(['chain.pem', 'ca-bundle.crt', 'BUNDLE.pem', 'ca.crt', 'my_ca.pem', 'x.ca', 'site_ca', 'ca-x', 'Root.pem', 'Intermediate.CRT', 'issuer.pem', 'trusted.pem', 'dir/ca.pem'])(
    '%s holds a CA-like name: the other end-entity certificate is the leaf',
    async (name) => {
      expect(await subjectOf([[name, 'ec256.crt'], ['server.pem', 'rsa.crt']])).toBe(RSA);
    },
  );

  it.each(['cert.pem', 'fullchain.pem', 'Cert.pem', 'FullChain.PEM', 'live/x/fullchain.pem'])('%s is certbot\'s: it wins over a plain name', async (name) => {
    expect(await subjectOf([['server.pem', 'ec256.crt'], [name, 'rsa.crt']])).toBe(RSA);
    expect(await subjectOf([[name, 'rsa.crt'], ['chain.pem', 'ec256.crt']])).toBe(RSA);
  });

  it('a CA-like name only loses to a plainer one: chain.pem against certbot\'s cert.pem loses too', async () => {
    expect(await subjectOf([['chain.pem', 'rsa.crt'], ['cert.pem', 'ec256.crt']])).toBe(EC);
  });

  // "ca" counts only as a word of the name; a folder's name does not count at all.
  it.each(['cat.pem', 'orca.pem', 'cart-ca1.pem', 'chain/site.pem', 'xcert.pem', 'cert.pem.bak'])('%s is a plain name: two plain names are ambiguous', async (name) => {
    expect(await refusal([[name, 'ec256.crt'], ['site.pem', 'rsa.crt']])).toEqual({
      message: `cannot tell which certificate is the leaf: ${EC} in ${name.slice(name.lastIndexOf('/') + 1)}, ${RSA} in site.pem; there is no private key to choose by`,
      hint: 'pass the leaf with --cert FILE',
      path: undefined,
    });
  });

  it('the refusal names the bundle (and carries its path), in English and Chinese', async () => {
    const files: Named = [['a.crt', 'rsa.crt'], ['b.crt', 'ec256.crt'], ['chain.pem', 'pki/inter-rsa.crt']];
    expect(await refusal(files, { bundle: 'certs/site' })).toEqual({
      message: `cannot tell which certificate is the leaf in certs/site: ${RSA} in a.crt, ${EC} in b.crt; there is no private key to choose by`,
      hint: 'pass the leaf with --cert FILE',
      path: 'certs/site',
    });
    expect(await refusal(files, { bundle: 'certs/site' }, 'zh')).toEqual({
      message: `无法确定 certs/site 中哪张是服务器证书：a.crt 中的 ${RSA}、b.crt 中的 ${EC}；没有可据以判断的私钥`,
      hint: '请用 --cert 文件 指定服务器证书',
      path: 'certs/site',
    });
  });
});

describeFixtures('two leaves and a key that matches neither', () => {
  it('says none matches the key (with no key at all, that there is none to choose by)', async () => {
    expect((await refusal([['a.crt', 'rsa.crt'], ['b.crt', 'ec256.crt'], ['k.key', 'other-rsa.key']]) as { message: string }).message)
      .toBe(`cannot tell which certificate is the leaf: ${RSA} in a.crt, ${EC} in b.crt; none of them matches a private key`);
    // Files given together have no folder to name, in Chinese either.
    expect((await refusal([['a.crt', 'rsa.crt'], ['b.crt', 'ec256.crt'], ['k.key', 'other-rsa.key']], {}, 'zh') as { message: string }).message)
      .toBe(`无法确定哪张是服务器证书：a.crt 中的 ${RSA}、b.crt 中的 ${EC}；它们都与私钥不匹配`);
  });
});

describeFixtures('generations of one certificate: the newest, unless a name says otherwise', () => {
  // archive-old.crt and archive-new.crt: the same names, issued a second apart, each with its own key.
  it.each([
    ['old first', [['cert1.pem', 'archive-old.crt'], ['cert2.pem', 'archive-new.crt']]],
    ['new first', [['cert2.pem', 'archive-new.crt'], ['cert1.pem', 'archive-old.crt']]],
    ['with their keys', [['fullchain1.pem', 'archive-old.crt'], ['privkey1.pem', 'other-rsa.key'], ['fullchain2.pem', 'archive-new.crt'], ['privkey2.pem', 'rsa.key']]],
  ] as Array<[string, Named]>)("certbot's archive/ numbers (%s): the newer one is the leaf", async (_, files) => {
    const r = await readTogether(files);
    expect(r.certificate?.sha256).toBe(sha('archive-new.crt'));
  });

  it("of certbot's numbered generations, the highest number, whatever the dates (live/ points to it)", async () => {
    const [a, b] = ['sha1.crt', 'md5.crt'];
    expect((await readTogether([['cert1.pem', a], ['cert2.pem', b]])).certificate?.sha256).toBe(sha(b));
    expect((await readTogether([['cert1.pem', b], ['cert2.pem', a]])).certificate?.sha256).toBe(sha(a));
  });

  it('a more leaf-like name beats a newer date', async () => {
    const r = await readTogether([['cert.pem', 'archive-old.crt'], ['x.pem', 'archive-new.crt']]);
    expect(r.certificate?.sha256).toBe(sha('archive-old.crt'));
  });

  it('renewals next to another subject of the same rank are ambiguous, all three named', async () => {
    expect(await refusal([['a.pem', 'archive-old.crt'], ['b.pem', 'archive-new.crt'], ['c.pem', 'ec256.crt']])).toEqual({
      message: `cannot tell which certificate is the leaf: ${RSA} in a.pem, ${RSA} in b.pem, ${EC} in c.pem; there is no private key to choose by`,
      hint: 'pass the leaf with --cert FILE',
      path: undefined,
    });
  });
});

describeFixtures('two certificates for the same names issued together, outside certbot\'s numbering (hunt6 2)', () => {
  it('with no key: two leaves and no key to choose by, not the newer one', async () => {
    for (const files of [[['a.pem', 'archive-old.crt'], ['b.pem', 'archive-new.crt']], [['b.pem', 'archive-new.crt'], ['a.pem', 'archive-old.crt']]] as Named[]) {
      expect(await refusal(files, { bundle: 'bad' })).toEqual({
        message: expect.stringMatching(/^cannot tell which certificate is the leaf in bad: .*; there is no private key to choose by$/),
        hint: 'pass the leaf with --cert FILE',
        path: 'bad',
      });
    }
    expect(await refusal([['a.pem', 'archive-old.crt'], ['b.pem', 'archive-new.crt']], { bundle: 'bad' }, 'zh')).toMatchObject({
      message: `无法确定 bad 中哪张是服务器证书：a.pem 中的 ${RSA}、b.pem 中的 ${RSA}；没有可据以判断的私钥`,
    });
  });

  it('each with its own key: two pairs, both named, whichever is newer', async () => {
    const pairs: Named = [['a.pem', 'archive-old.crt'], ['a.key', 'other-rsa.key'], ['b.pem', 'archive-new.crt'], ['b.key', 'rsa.key']];
    expect(await refusal(pairs, { bundle: 'pair5' })).toEqual({
      message: `cannot tell which certificate and key to use in pair5: it holds 2 certificates, each with its own private key: ${RSA} (RSA 2048) in a.pem with its key in a.key; ${RSA} (RSA 2048) in b.pem with its key in b.key`,
      hint: 'pass one pair with --cert FILE --key FILE (and --chain FILE), or put each pair in a folder of its own',
      path: 'pair5',
    });
    expect(((await refusal(pairs, { bundle: 'pair5' }, 'zh')) as { message: string }).message).toMatch(/^无法确定 pair5 中/);
  });

  it("certbot's numbers count only when each key's number is its certificate's", async () => {
    const crossed: Named = [['cert1.pem', 'archive-old.crt'], ['privkey2.pem', 'other-rsa.key'], ['cert2.pem', 'archive-new.crt'], ['privkey1.pem', 'rsa.key']];
    expect(((await refusal(crossed)) as { message: string }).message).toMatch(/^cannot tell which certificate and key to use: it holds 2 certificates/);
    const oneNumber: Named = [['cert1.pem', 'archive-old.crt'], ['x/cert1.pem', 'archive-new.crt']];
    expect(((await refusal(oneNumber)) as { message: string }).message).toMatch(/there is no private key to choose by$/);
  });
});

describeFixtures('a certificate block that did not parse', () => {
  it('next to a key no certificate matches, it was the leaf: the other end-entity certificate is not taken instead', async () => {
    const r = await readTogether([['a.pem', 'variants/cert-bad-base64.pem'], ['e.pem', 'ec256.crt'], ['k.pem', 'rsa.key']]);
    expect(r.certificate).toBeUndefined();
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual(['cert-unparsable: the certificate in a.pem is not valid base64']);
  });

  it('without a key, the end-entity certificate that parsed is the leaf', async () => {
    const r = await readTogether([['a.pem', 'variants/cert-bad-base64.pem'], ['e.pem', 'ec256.crt']]);
    expect(r.certificate?.subject).toBe(EC);
  });
});

describeFixtures('a key decides before any name', () => {
  it('the certificate the key matches is the leaf, whatever the names say', async () => {
    const r = await readTogether([['cert.pem', 'ec256.crt'], ['ca-bundle.pem', 'rsa.crt'], ['k.pem', 'rsa.key']]);
    expect(r.certificate?.subject).toBe(RSA);
    expect(r.findings.map((f) => f.rule)).toEqual(['chain-too-short', 'chain-unrelated-cert']);
  });

  it('two certificates for one key: the name breaks the tie, then the date', async () => {
    expect(await subjectOf([['chain.pem', 'rsa.crt'], ['site.pem', 'wildcard.crt'], ['k.pem', 'rsa.key']])).toBe('CN=*.wild.example.com');
    const renewed = await readTogether([['a.pem', 'rsa.crt'], ['b.pem', 'archive-new.crt'], ['k.pem', 'rsa.key']]);
    expect(renewed.certificate?.sha256).toBe(sha('archive-new.crt'));
    expect(await refusal([['a.pem', 'rsa.crt'], ['b.pem', 'wildcard.crt'], ['k.pem', 'rsa.key']], { bundle: 'd' })).toEqual({
      message: `cannot tell which certificate is the leaf in d: ${RSA} in a.pem, CN=*.wild.example.com in b.pem; all of them match the private key`,
      hint: 'pass the leaf with --cert FILE',
      path: 'd',
    });
    expect(await refusal([['a.pem', 'rsa.crt'], ['b.pem', 'wildcard.crt'], ['k.pem', 'rsa.key']], { bundle: 'd' }, 'zh')).toMatchObject({
      message: `无法确定 d 中哪张是服务器证书：a.pem 中的 ${RSA}、b.pem 中的 CN=*.wild.example.com；它们都与私钥匹配`,
    });
  });

  it('a CA certificate is the leaf only when the key is its own', async () => {
    const own = await readTogether([['i.pem', 'pki/inter-rsa.crt'], ['i.key', 'inter-rsa.key']]);
    expect(own.certificate?.subject).toBe('O=scm fixtures\nCN=SCM Test Intermediate R2'.replace('\n', ', '));
    expect(own.findings.map((f) => f.rule)).not.toContain('key-mismatch');
    const other = await readTogether([['a.pem', 'rsa-chain-with-root.pem'], ['k.pem', 'rsa.key']]);
    expect(other.certificate).toBeUndefined();
    expect(other.keyType).toBe('RSA 2048');
    expect(other.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'cert-missing: no end-entity certificate among a.pem, k.pem: they hold only CA certificates (CN=SCM Test Intermediate R2, CN=SCM Test Root R1)',
    ]);
  });
});
