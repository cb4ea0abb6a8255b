// An intermediate whose notBefore is still ahead (the fixture's is 2100-01-01): `openssl verify` refuses the chain
// ("certificate is not yet valid" at depth 1), as clients do, so validate warns (chain-cert-not-yet-valid), as it
// does for an expired one (chain-cert-expired), and scm check counts it a problem of a served chain.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyseServed } from '../../src/core/check/index.js';
import { certFromDer } from '../../src/core/validate/model.js';
import { check, describeFixtures, expected, fixture, triples } from '../helpers/fixtures.js';

const [NOT_YET] = expected(['chain-cert-not-yet-valid']);
const BEFORE = new Date('2099-12-01T00:00:00Z');
const PARTS = { cert: 'future-inter-fullchain.pem', key: 'rsa.key' };

describeFixtures('a chain certificate that is not valid yet', () => {
  it('is a warning naming it, its start and the days to wait, with a fix of its own, in both languages', async () => {
    const r = await check(PARTS, { now: BEFORE });
    expect(triples(r)).toEqual([NOT_YET]);
    expect(r.findings[0]!.message).toBe('CN=SCM Future Intermediate in the chain is valid only from 2100-01-01, in 31 days: clients refuse the chain until then (OpenSSL: "certificate is not yet valid")');
    expect(r.findings[0]!.fix).toBe('Get the intermediate that is valid now from your CA, or wait until 2100-01-01 to send this one.');
    const zh = await check(PARTS, { now: BEFORE, lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('证书链中的 CN=SCM Future Intermediate 从 2100-01-01 起才生效（还有 31 天）：在此之前客户端会拒绝这条证书链（OpenSSL 报错 `certificate is not yet valid`）');
    expect(zh.findings[0]!.fix).toBe('请从 CA 获取当前有效的中间证书，或等到 2100-01-01 之后再发送这张证书。');
  });

  it('with the clock of today too (far-future notBefore), and read by content the same', async () => {
    expect(triples(await check(PARTS))).toEqual([NOT_YET]);
    expect(triples(await check({ files: ['future-inter-leaf.crt', 'rsa.key', 'pki/future-inter.crt'] }))).toEqual([NOT_YET]);
  });

  it('none from its start on; none a second after', async () => {
    expect(triples(await check(PARTS, { now: new Date('2100-01-01T00:00:00Z') }))).not.toContain(NOT_YET);
    expect(triples(await check(PARTS, { now: new Date('2099-12-31T23:59:59Z') }))).toEqual([NOT_YET]);
    expect((await check(PARTS, { now: new Date('2099-12-31T23:59:59Z') })).findings[0]!.message).toContain('in 1 day:');
  });

  it('a leaf not valid yet says it for a CA that starts no later (one cause); one that starts later is said too', async () => {
    const leafStart = new Date(new X509Certificate(readFileSync(fixture('cases/rsa.crt'))).validFrom);
    const early = new Date(leafStart.getTime() - 2 * 86_400_000);
    expect(triples(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, { now: early }))).toEqual(expected(['cert-not-yet-valid']));
    expect(triples(await check(PARTS, { now: early }))).toEqual(expected(['cert-not-yet-valid', 'chain-cert-not-yet-valid']));
  });

  it('scm check: a problem of the served chain, with validate\'s words', () => {
    const pems = readFileSync(fixture('cases/future-inter-fullchain.pem'), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!;
    const certs = pems.map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));
    const r = analyseServed(certs, 0, true, 'en', BEFORE);
    expect(r.problems).toEqual([{ id: 'chain-cert-not-yet-valid', message: 'CN=SCM Future Intermediate in the chain is valid only from 2100-01-01, in 31 days: clients refuse the chain until then (OpenSSL: "certificate is not yet valid")' }]);
    expect(r).toMatchObject({ complete: true, inOrder: true });
    expect(analyseServed(certs, 0, true, 'en', new Date('2100-06-01T00:00:00Z')).problems).toEqual([]);
  });
});
