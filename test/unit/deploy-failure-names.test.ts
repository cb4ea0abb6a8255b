// failure_list names a CDN resource by its domain, and a service may write it as an absolute name (a trailing
// dot), in another case, or in Unicode where the request sent punycode. Such an entry was left unmatched: its
// words were put on every row not shown as moved, and the resource it named lost its own. Now a CDN domain is
// compared as check and deploy compare host names (hostForm); ELB/WAF ids without case, as before.
import { describe, expect, it } from 'vitest';
import { settleBatch, targetOf } from '../../src/core/deploy/index.js';

describe('settleBatch: failure_list entries for CDN domains', () => {
  const apex = targetOf('CDN', '', 'global', 'example.com');
  const www = targetOf('CDN', '', 'global', 'www.example.com');
  const idn = targetOf('CDN', '', 'global', 'bücher.example');

  it('a trailing dot, upper case or the Unicode form names the domain asked', () => {
    expect(settleBatch([apex, www, idn], [
      { resource: 'WWW.Example.COM.', info: 'CDN.00010045 no match' },
      { resource: 'Bücher.Example', info: 'CDN.00010198 Insufficient permission to access scm' },
    ])).toEqual({ failed: [{ target: www, info: 'CDN.00010045 no match' }, { target: idn, info: 'CDN.00010198 Insufficient permission to access scm' }], accepted: [apex], unmatched: [] });
  });

  it('an entry for a domain not asked stays unmatched, and fails none of those asked', () => {
    expect(settleBatch([apex, www], [{ resource: 'other.example.org', info: 'CDN.1 x' }, { resource: 'a.www.example.com', info: 'CDN.2 y' }]))
      .toEqual({ failed: [], accepted: [apex, www], unmatched: ['other.example.org: CDN.1 x', 'a.www.example.com: CDN.2 y'] });
  });

  it('ELB and WAF ids: without case and surrounding blanks, but a trailing dot is part of an id', () => {
    const elb = targetOf('ELB', 'cn-north-4', 'cn-north-4', 'a1b2');
    expect(settleBatch([elb], [{ resource: ' A1B2 ', info: 'ELB.1 no' }]).failed).toEqual([{ target: elb, info: 'ELB.1 no' }]);
    expect(settleBatch([elb], [{ resource: 'a1b2.', info: 'ELB.1 no' }]).unmatched).toEqual(['a1b2.: ELB.1 no']);
  });
});
