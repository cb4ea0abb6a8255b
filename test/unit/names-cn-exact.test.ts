// What the CN adds to, or takes from, the names: an IP address CN that is also an IP SAN is listed once, a UTF-8
// CN matches its punycode SAN, and a --domain the CN names beside SANs that do not is refused with the reason.
import { expect, it } from 'vitest';
import { nameList } from '../../src/core/validate/domains.js';
import { check, describeFixtures, triples } from '../helpers/fixtures.js';

const parts = (cert: string) => ({ cert, chain: 'rsa-chain.pem', key: 'rsa.key' });

describeFixtures('names taken from the CN', () => {
  it('CN=192.168.1.1 beside SAN IP:192.168.1.1: listed once in the summary, no finding', async () => {
    const r = await check(parts('ip-cn.crt'));
    expect(triples(r)).toEqual([]);
    expect(r.certificate!.names).toEqual(['192.168.1.1']);
  });

  it('CN=192.0.2.7 and no SAN: the CN is the name, not a DNS SAN holding an address (no ip-as-dns-name)', async () => {
    const r = await check(parts('ip-cn-only.crt'));
    expect(triples(r).filter((x) => x.startsWith('ip-as-dns-name'))).toEqual([]);
    expect(r.certificate!.names).toEqual(['192.0.2.7']);
  });

  it('a UTF-8 CN whose SAN is its punycode form is among the SANs: no cn-not-in-san', async () => {
    const r = await check(parts('idn-cn-punycode-san.crt'));
    expect(triples(r)).toEqual([]);
    expect(r.certificate!.names).toEqual(['xn--mnchen-3ya.example']);
    // The same CN beside its UTF-8 SAN, as before.
    expect(triples(await check(parts('idn-san.crt')))).toEqual(['domain-invalid error SCM.0070', 'domain-invalid error SCM.0070']);
  });

  it('a CN a wildcard SAN covers (www.example.com under *.example.com) is among the names, as for --domain: no cn-not-in-san', async () => {
    const r = await check(parts('cn-under-wildcard.crt'));
    expect(triples(r)).toEqual([]);
    expect(triples(await check(parts('cn-under-wildcard.crt'), { domains: ['www.example.com'] }))).toEqual([]);
    // One level only, as --domain: a.www.example.com is not under *.example.com.
    const below = await check(parts('cn-below-wildcard.crt'));
    expect(triples(below)).toEqual(['cn-not-in-san warning null']);
    expect(below.findings[0]!.message).toBe('the common name "a.www.example.com" is not among the subject alternative names (*.example.com, example.com)');
    expect(triples(await check(parts('cn-below-wildcard.crt'), { domains: ['a.www.example.com'] }))).toEqual(['domain-not-covered error SCM.0015', 'cn-not-in-san warning null']);
  });

  it('a SAN with a trailing dot (www.example.com.) beside its CN without one: domain-invalid alone, not cn-not-in-san too', async () => {
    const r = await check(parts('san-trailing-dot.crt'));
    expect(triples(r)).toEqual(['domain-invalid error SCM.0070']);
    expect(r.findings[0]!.message).toBe('the name "www.example.com." ends with a dot');
  });

  it('a host name CN beside an IP SAN alone: cn-not-in-san (clients read the SAN only); --domain for the CN is not covered, the address is', async () => {
    const alone = await check(parts('ip-san-cn-host.crt'));
    expect(triples(alone)).toEqual(['cn-not-in-san warning null']);
    expect(alone.findings[0]!.message).toBe('the common name "www.example.com" is not among the subject alternative names (192.0.2.1)');
    expect(triples(await check(parts('ip-san-cn-host.crt'), { domains: ['192.0.2.1'] }))).toEqual(['cn-not-in-san warning null']);
    const r = await check(parts('ip-san-cn-host.crt'), { domains: ['www.example.com'] });
    expect(triples(r)).toEqual(['domain-not-covered error SCM.0015', 'cn-not-in-san warning null']);
    expect(r.findings[0]!.message).toBe('the certificate\'s subject alternative names (192.0.2.1) do not include www.example.com; its common name "www.example.com" is not used when SANs are present');
  });

  it('a CN that is not among the SANs is still reported', async () => {
    const r = await check(parts('cn-not-in-san.crt'));
    expect(triples(r)).toEqual(['cn-not-in-san warning null']);
    expect(r.findings[0]!.message).toBe('the common name "other.example.com" is not among the subject alternative names (san.example.com)');
  });

  it('--domain named by the CN alone: refused, saying the CN does not count beside SANs (both languages)', async () => {
    const options = { domains: ['other.example.com'] };
    const en = await check(parts('cn-not-in-san.crt'), options);
    expect(triples(en)).toEqual(['domain-not-covered error SCM.0015', 'cn-not-in-san warning null']);
    expect(en.findings[0]!.message).toBe('the certificate\'s subject alternative names (san.example.com) do not include other.example.com; its common name "other.example.com" is not used when SANs are present');
    const zh = await check(parts('cn-not-in-san.crt'), { ...options, lang: 'zh' });
    expect(triples(zh)).toEqual(triples(en));
    expect(zh.findings[0]!.message).toBe('证书的备用名称（san.example.com）不包含 other.example.com；证书带有备用名称时，不使用其通用名称“other.example.com”');
  });

  it('--domain that neither the CN nor the SANs name: the usual message', async () => {
    const r = await check(parts('cn-not-in-san.crt'), { domains: ['third.example.com'] });
    expect(r.findings[0]!.message).toBe('CN=other.example.com does not cover third.example.com; it covers san.example.com');
  });
});

it('nameList: DNS names then IP addresses, each once whatever its case', () => {
  expect(nameList({ dns: ['A.example', '10.0.0.1', 'a.example'], ip: ['10.0.0.1', '::1'] })).toEqual(['a.example', '10.0.0.1', '::1']);
  expect(nameList({ dns: [], ip: [] })).toEqual([]);
});
