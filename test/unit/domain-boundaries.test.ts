// Host names and --domain values at their documented limits: 253 characters, 63-character labels, a wildcard
// over a top-level domain, whitespace and control characters anywhere in a --domain, Unicode and full-width forms.
import { describe, expect, it } from 'vitest';
import { check, describeFixtures } from '../helpers/fixtures.js';
import { t, type Message, type Params } from '../../src/core/i18n.js';
import { domainArgProblem } from '../../src/core/validate/domain-arg.js';
import { covers, domainForm, hostnameProblem } from '../../src/core/validate/domains.js';

const say = (p: [Message, Params?] | undefined): string | undefined => (p ? t('en', p[0], p[1]) : undefined);
const label = (n: number, c = 'a'): string => c.repeat(n);
/** A name of exactly `length` characters, in labels of at most 63. */
const nameOf = (length: number): string => {
  const parts: string[] = [];
  let left = length;
  while (left > 0) {
    const take = Math.min(63, left - (left > 63 ? 2 : 0));
    parts.push(label(take));
    left -= take + 1;
  }
  const name = parts.join('.');
  if (name.length !== length) throw new Error(`nameOf(${length}) built ${name.length}`);
  return name;
};

describe('host names at the limits (SCM.0070)', () => {
  it.each([
    [nameOf(253), undefined],
    [nameOf(254), 'is 254 characters long; a host name has at most 253'],
    [`*.${nameOf(251)}`, undefined],
    [`*.${nameOf(252)}`, 'is 254 characters long; a host name has at most 253'],
    [`${label(63)}.com`, undefined],
    [`${label(64)}.com`, 'has a label of 64 characters (at most 63)'],
    [`www.${label(64)}`, 'has a label of 64 characters (at most 63)'],
    // A wildcard over a top-level domain is one level, as SCM's pattern allows; the wildcard alone is not.
    ['*.com', undefined],
    ['*.COM', undefined],
    ['*', 'is a bare wildcard'],
    ['*.', 'ends with a dot'],
    ['.com', 'has an empty label'],
    ['com', undefined],
    ['a', undefined],
    ['0.example.com', undefined],
    ['a-b-.example.com', 'has a label that starts or ends with a hyphen ("a-b-")'],
    ['under_score.example.com', 'has a label with characters other than letters, digits and hyphens ("under_score")'],
  ])('%j: %s', (name, problem) => {
    expect(say(hostnameProblem(name))).toBe(problem);
  });
});

// The predicates follow the name in Chinese too (“*”不是合法的主机名：…): 'has only one wildcard' beside 'has more
// than one' (含有多个通配符) would contradict it; a bare wildcard is said as a wildcard with no domain.
it('in Chinese, a bare wildcard is not said as a count of wildcards', () => {
  const zh = (name: string): string | undefined => { const p = hostnameProblem(name); return p ? t('zh', p[0], p[1]) : undefined; };
  expect(zh('*')).toBe('只是一个通配符，没有域名');
  expect(zh('*.*.example.com')).toBe('含有多个通配符');
});

describe('--domain values with whitespace or control characters are refused, never silently joined', () => {
  it.each([' example.com', 'example.com ', 'exa mple.com', 'ex\tample.com', '\texample.com', 'example.com\n', 'exam\rple.com', 'example.com\u0000', 'ex\u007fample.com', '\u00a0example.com', 'example.com\u3000'])('%j', (value) => {
    expect(say(domainArgProblem(value))).toBe('contains spaces or control characters');
  });

  it('the same characters in a certificate name', () => {
    for (const name of ['exa mple.com', 'ex\tample.com', 'example.com\n', '\u00a0example.com']) expect(say(hostnameProblem(name)), name).toBe('contains spaces or control characters');
  });
});

describe('--domain values punycode conversion refuses are judged as typed', () => {
  it.each([['exa%mple.com', '"exa%mple"'], ['a<b.com', '"a<b"'], ['2001:db8::1x', '"2001:db8::1x"']])('%j', (value, label) => {
    expect(say(domainArgProblem(value))).toBe(`has a label with characters other than letters, digits and hyphens (${label})`);
  });
});

describe('--domain values that are more than a host name say what to remove, never pass truncated (hunt5 A)', () => {
  it.each([
    ['www.example.com/anything', 'has a path ("/anything"); give the host name alone (www.example.com)'],
    ['www.example.com?x', 'has a query or fragment ("?x"); give the host name alone (www.example.com)'],
    ['www.example.com#x', 'has a query or fragment ("#x"); give the host name alone (www.example.com)'],
    ['www.example.com\\x', 'has a backslash; give the host name alone (www.example.com)'],
    ['example.com:443', 'has a port (":443"); a certificate does not name ports: give the host alone (example.com)'],
    ['192.0.2.1:443', 'has a port (":443"); a certificate does not name ports: give the host alone (192.0.2.1)'],
    ['[2001:db8::1]:443', 'has a port (":443"); a certificate does not name ports: give the host alone (2001:db8::1)'],
    ['192.0.2.1/24', 'is an address range (prefix length "/24"); a certificate names single addresses: give one (192.0.2.1)'],
    ['10.0.0.0/8', 'is an address range (prefix length "/8"); a certificate names single addresses: give one (10.0.0.0)'],
    ['2001:db8::1/128', 'is an address range (prefix length "/128"); a certificate names single addresses: give one (2001:db8::1)'],
    ['[2001:db8::1]', 'is an IPv6 address in brackets, as URLs write it; give it without them (2001:db8::1)'],
    ['fe80::1%eth0', 'has a zone id ("%eth0"), which only means something on one machine; give the address without it (fe80::1)'],
    ['https://www.example.com/x', 'is a URL; give its host name alone (www.example.com)'],
    ['1:2:3', 'is not a valid IPv6 address'],
    ['3221225985', 'is an IPv4 address in another notation (read as 192.0.2.1); write it as four decimal numbers'],
    ['0xc0.0.2.1', 'is an IPv4 address in another notation (read as 192.0.2.1); write it as four decimal numbers'],
    ['192.0.2.010', 'is an IPv4 address in another notation (read as 192.0.2.8); write it as four decimal numbers'],
  ])('%j', (value, problem) => {
    expect(say(domainArgProblem(value))).toBe(problem);
  });

  it('an IPv4 address with leading zeros that reads the same in decimal is still one address', () => {
    expect(domainArgProblem('192.000.002.001')).toBeUndefined();
    expect(domainForm('192.000.002.001')).toBe('192.0.2.1');
  });
});

describe('Unicode --domain values', () => {
  it.each([
    ['bücher.example.com', 'xn--bcher-kva.example.com'],
    ['BÜCHER.Example.COM', 'xn--bcher-kva.example.com'],
    ['*.bücher.example.com', '*.xn--bcher-kva.example.com'],
    ['ｅｘａｍｐｌｅ.com', 'example.com'],
    ['例子.测试', 'xn--fsqu00a.xn--0zwm56d'],
    ['xn--bcher-kva.example.com', 'xn--bcher-kva.example.com'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['192.168.0.1', '192.168.0.1'],
  ])('%j is compared as %j', (value, form) => {
    expect(domainArgProblem(value)).toBeUndefined();
    expect(domainForm(value)).toBe(form);
  });

  it('a Unicode name written in a certificate is reported, and still means its punycode form', () => {
    expect(say(hostnameProblem('bücher.example.com'))).toBe('is not ASCII; internationalised names must be written in punycode (xn--bcher-kva.example.com)');
    expect(covers('bücher.example.com', 'xn--bcher-kva.example.com')).toBe(true);
    expect(covers('*.bücher.example.com', 'www.xn--bcher-kva.example.com')).toBe(true);
    expect(covers('bücher.example.com', 'bucher.example.com')).toBe(false);
  });
});

describe('coverage at the edges', () => {
  it.each([
    ['*.com', 'example.com', true],
    ['*.com', 'com', false],
    ['*.com', 'a.example.com', false],
    ['a.example.com', 'b.example.com', false],
    ['a.example.com', 'a.example.co', false],
    ['a.example.com', 'a.example.com.', false],
    ['*.example.com', '.example.com', false],
    ['*.example.com', 'aexample.com', false],
    ['*.example.com', 'a.xexample.com', false],
    ['*example.com', 'a.example.com', false],
    ['*.EXAMPLE.com', 'A.example.COM', true],
  ])('%s covers %s: %s', (pattern, host, yes) => {
    expect(covers(pattern, host)).toBe(yes);
  });
});

describeFixtures('the names a finding lists', () => {
  it('at most five, then how many more', async () => {
    const r = await check({ cert: 'oversize.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, { domains: ['nope.example.net'] });
    const names = [0, 1, 2, 3, 4].map((i) => `host-00${i}.oversize-certificate.example.com`).join(', ');
    expect(r.findings[0]!.message).toBe(`CN=host-000.oversize-certificate.example.com does not cover nope.example.net; it covers ${names} and 85 more`);
  });

  it('none: said so, and the certificate named', async () => {
    const r = await check({ cert: 'empty-cn.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, { domains: ['nope.example.net'] });
    expect(r.findings.map((f) => f.message)).toEqual(['CN= has no DNS subject alternative name and no common name', 'CN= does not cover nope.example.net; it covers no names']);
  });
});
