// How findings are collected: the same finding is said once, findings of one severity keep the order the
// checks ran in, and the key problems of files read by content are reported when no key was found.
import { expect, it } from 'vitest';
import { check, describeFixtures, triples } from '../helpers/fixtures.js';

const UNPARSABLE = 'key-unparsable error SCM.0012';

describeFixtures('findings', () => {
  it('one finding per --domain, in the order given, a repeated one said once', async () => {
    const r = await check({ cert: 'rsa-fullchain.pem', key: 'rsa.key' }, { domains: ['c.example.net', 'a.example.net', 'b.example.net', 'a.example.net'] });
    expect(triples(r)).toEqual(Array(3).fill('domain-not-covered error SCM.0015'));
    expect(r.findings.map((f) => /cover (\S+);/.exec(f.message)?.[1])).toEqual(['c.example.net', 'a.example.net', 'b.example.net']);
  });

  it.each([
    [['rsa-fullchain.pem', 'variants/key-corrupt.key'], [UNPARSABLE], ['the PKCS#8 private key in key-corrupt.key does not parse']],
    [['rsa-fullchain.pem', 'variants/key-corrupt.key', 'variants/key-corrupt.key'], [UNPARSABLE], ['the PKCS#8 private key in key-corrupt.key does not parse']],
    [['rsa-fullchain.pem', 'variants/key-no-end.key', 'variants/key-corrupt.key'], ['key-armor-missing error SCM.0114', UNPARSABLE],
      ['the PKCS#8 private key in key-no-end.key has no -----END line', 'the PKCS#8 private key in key-corrupt.key does not parse']],
  ])('read by content with no usable key: the key files\' own problems, each once (%j)', async (files, findings, messages) => {
    const r = await check({ files });
    expect(triples(r)).toEqual(findings);
    expect(r.findings.map((f) => f.message)).toEqual(messages);
  });
});
