// Two sites' chains together (one PEM file, one PKCS#12 exported with both, a folder's files): the bundle is the
// chain of the key's certificate, and the other site's leaf with its intermediate is one unrelated set, not sent.
// Its intermediate was taken for the part above a hole ("add the root between ..."), an error SCM.0079 about a
// chain that is complete as sent.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { check, describeFixtures, expected, fixture } from '../helpers/fixtures.js';

const pem = (rel: string): string => readFileSync(fixture(`cases/${rel}`), 'utf8');
const OTHER = expected(['chain-unrelated-cert']);

describeFixtures('another site\'s chain beside this one', () => {
  it('files read by content: one warning naming the other leaf and its CA; the leaf and its intermediate are sent', async () => {
    const r = await check({ files: ['two-sites.pem', 'rsa.key'] });
    expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.code}`)).toEqual(OTHER);
    expect(r.findings[0]!.message).toBe('CN=ec.example.com (certificate 3 in two-sites.pem) is another end-entity certificate, with the CA certificates above it (CN=SCM Test Intermediate E2): another chain, not the one for this bundle; none of them is sent');
    expect(r.valid).toBe(true);
    expect(r.payload).toMatchObject({ certificate: pem('rsa.crt'), certificate_chain: pem('rsa-chain.pem') });
    const zh = await check({ files: ['two-sites.pem', 'rsa.key'] }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=ec.example.com（two-sites.pem 中的第 3 张证书）是另一张服务器（终端实体）证书，连同其上级 CA 证书（CN=SCM Test Intermediate E2）构成另一条证书链，不属于这个证书包，都不会被发送');
  });

  it('a PKCS#12 holding both sites: the same, and valid', async () => {
    const r = await check({ pfx: 'two-sites.pfx', pfxPassword: 'secret' });
    expect(r.findings.filter((f) => f.rule !== 'input-converted').map((f) => `${f.rule} ${f.severity} ${f.code}`)).toEqual(OTHER);
    expect(r.valid).toBe(true);
  });

  it('--cert as given: SCM gets the other chain in certificate_chain, so each of its certificates is to remove (no hole to fill)', async () => {
    const r = await check({ cert: 'two-sites.pem', key: 'rsa.key' });
    expect(r.findings.map((f) => f.rule)).toEqual(['chain-broken', 'chain-broken']);
    expect(r.findings.map((f) => f.message).join('\n')).not.toMatch(/between/);
  });
});
