// Two routes to one Issuing CA pasted one after the other (leaf, Issuing CA by Mid A, Mid A, Issuing CA by Mid B,
// Mid B: pebble's alternate chains, or two downloads of one chain): one cause, so one finding, whose fix is to
// keep one route and drop the other by position, not "add Root A between Mid A and Mid B" and "remove one copy"
// besides. Read by content (a folder) it was right already: the other route is left out.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyseServed } from '../../src/core/check/index.js';
import { certFromDer } from '../../src/core/validate/model.js';
import { check, describeFixtures, expected, fixture, triples } from '../helpers/fixtures.js';

const [BROKEN, IGNORED] = expected(['chain-broken', 'chain-alternative-ignored']);
const KEY = 'route-leaf.key';
const ISSUING = 'CN=Route Issuing CA';
const message = (route: string): string =>
  `${route} (${ISSUING} issued by CN=Route Mid B, then CN=Route Mid B) are another route to ${ISSUING} beside the one via CN=Route Mid A; SCM checks that each certificate is followed by its issuer, so it refuses the chain with both`;

describeFixtures('two routes to one CA, given one after the other', () => {
  it('in one file: one error, SCM.0079, whose fix drops the route the path does not take, by position', async () => {
    const r = await check({ cert: 'two-routes.pem', key: KEY });
    expect(triples(r)).toEqual([BROKEN]);
    expect(r.findings[0]!.message).toBe(message('certificates 4–5 in two-routes.pem'));
    expect(r.findings[0]!.fix).toBe('Keep one route: drop certificates 4–5 in two-routes.pem (the route via CN=Route Mid B).');
    expect(r.valid).toBe(false);
  });

  it('in Chinese', async () => {
    const r = await check({ cert: 'two-routes.pem', key: KEY }, { lang: 'zh' });
    expect(r.findings[0]!.message).toBe(`two-routes.pem 中的第 4～5 张证书（由 CN=Route Mid B 签发的 ${ISSUING}，然后是 CN=Route Mid B）是通往 ${ISSUING} 的另一条路径，与经由 CN=Route Mid A 的路径同时存在；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝同时包含两条路径的证书链`);
    expect(r.findings[0]!.fix).toBe('只保留一条路径：删除 two-routes.pem 中的第 4～5 张证书（经由 CN=Route Mid B 的路径）。');
  });

  it('in a --chain file; with the other route\'s root after it; with the other route first', async () => {
    const chain = await check({ cert: 'route-leaf.crt', key: KEY, chain: 'two-routes-chain.pem' });
    expect(triples(chain)).toEqual([BROKEN]);
    expect(chain.findings[0]!.fix).toBe('Keep one route: drop certificates 3–4 in two-routes-chain.pem (the route via CN=Route Mid B).');
    // Root B after route B: the path through it ends at a root of the bundle, so route A is the one to drop.
    const root = await check({ cert: 'two-routes-with-root.pem', key: KEY });
    expect(triples(root)).toEqual([BROKEN, ...expected(['chain-includes-root'])]);
    expect(root.findings[0]!.message).toBe(`certificates 2–3 in two-routes-with-root.pem (${ISSUING} issued by CN=Route Mid A, then CN=Route Mid A) are another route to ${ISSUING} beside the one via CN=Route Mid B; SCM checks that each certificate is followed by its issuer, so it refuses the chain with both`);
    expect(root.findings[0]!.fix).toBe('Keep one route: drop certificates 2–3 in two-routes-with-root.pem (the route via CN=Route Mid A).');
    const first = await check({ cert: 'two-routes-b-first.pem', key: KEY });
    expect(triples(first)).toEqual([BROKEN]);
    expect(first.findings[0]!.message).toBe(message('certificates 2–3 in two-routes-b-first.pem'));
  });

  it('what is sent is what was given (each once): the error stands until one route is dropped', async () => {
    const r = await check({ cert: 'two-routes.pem', key: KEY });
    expect(r.payload!.certificate_chain.match(/BEGIN CERTIFICATE/g)).toHaveLength(4);
  });

  it('a folder of the same files: the other route is left out, as before', async () => {
    expect(triples(await check({ dir: 'layouts/two-routes' }))).toEqual([IGNORED, IGNORED]);
  });

  it('scm check: one problem of the served chain, out of order, complete', () => {
    const pems = readFileSync(fixture('cases/two-routes.pem'), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!;
    const certs = pems.map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));
    const r = analyseServed(certs, 0, true, 'en', new Date());
    expect(r.problems).toEqual([{ id: 'chain-broken', message: `certificates 4–5 in the served chain (${ISSUING} issued by CN=Route Mid B, then CN=Route Mid B) are another route to ${ISSUING} beside the one via CN=Route Mid A; with both, a certificate is followed by one that did not issue it: keep one route` }]);
    expect(r).toMatchObject({ complete: true, inOrder: false });
  });

  it('interleaved (both Issuing CAs, then both Mids): still one error, the other route named by its positions', async () => {
    const r = await check({ cert: 'two-routes-interleaved.pem', key: KEY });
    expect(triples(r)).toEqual([BROKEN]);
    expect(r.findings[0]!.message).toBe(message('certificates 3, 5 in two-routes-interleaved.pem'));
    expect(r.findings[0]!.fix).toBe('Keep one route: drop certificates 3, 5 in two-routes-interleaved.pem (the route via CN=Route Mid B).');
    const zh = await check({ cert: 'two-routes-interleaved.pem', key: KEY }, { lang: 'zh' });
    expect(zh.findings[0]!.fix).toBe('只保留一条路径：删除 two-routes-interleaved.pem 中的第 3、5 张证书（经由 CN=Route Mid B 的路径）。');
    const chain = await check({ cert: 'route-leaf.crt', key: KEY, chain: 'two-routes-interleaved-chain.pem' });
    expect(triples(chain)).toEqual([BROKEN]);
    expect(chain.findings[0]!.fix).toBe('Keep one route: drop certificates 2, 4 in two-routes-interleaved-chain.pem (the route via CN=Route Mid B).');
    // With Root B last, the path goes through B: route A is the one to drop.
    const root = await check({ cert: 'two-routes-interleaved-root.pem', key: KEY });
    expect(triples(root)).toEqual([BROKEN, ...expected(['chain-includes-root'])]);
    expect(root.findings[0]!.fix).toBe('Keep one route: drop certificates 2, 4 in two-routes-interleaved-root.pem (the route via CN=Route Mid A).');
  });
});
