// --domain written in Unicode (bücher.example, 例子.测试) is compared in punycode, the form SCM lists names in and
// validate --domain compares in (hostForm, core/validate/domains.ts): list, prune and rotate matched nothing.
import { describe, expect, it } from 'vitest';
import { refuseBadHost } from '../../src/commands/host-values.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { domainFindings, uncovered } from '../../src/core/deploy/index.js';
import { coveringRows, rowCovers, toRow } from '../../src/core/inventory/index.js';
import { hostForm, hostShown } from '../../src/core/validate/domains.js';
import { UsageError } from '../../src/errors.js';

const BUCHER = 'xn--bcher-kva.example';
const row = (domain: string, sans: string[]) => toRow({ id: 'scs1700000000000', name: 'n', domain, sans: sans.join(';'), status: 'UPLOAD' });

describe('hostForm', () => {
  it('is punycode for a Unicode name, lower case, without the trailing dot; ASCII names and addresses as before', () => {
    expect(['bücher.example', 'BÜCHER.Example.', ' bücher.example ', '*.Bücher.example', '例子.测试', '*.例子.测试.'].map(hostForm)).toEqual([
      BUCHER, BUCHER, BUCHER, `*.${BUCHER}`, 'xn--fsqu00a.xn--0zwm56d', '*.xn--fsqu00a.xn--0zwm56d',
    ]);
    // ASCII is never put through URL host parsing: '3221225985' stays what it is, not 192.0.2.1.
    expect(['WWW.Example.com.', '3221225985', '2001:DB8::1', 'xn--zz.example'].map(hostForm)).toEqual(['www.example.com', '3221225985', '2001:db8::1', 'xn--zz.example']);
  });

  it('shows a Unicode name as given beside its punycode form; an ASCII one in hostForm', () => {
    expect(hostShown(' Bücher.example. ', 'en')).toBe(`Bücher.example (${BUCHER})`);
    expect(hostShown('bücher.example', 'zh')).toBe(`bücher.example（${BUCHER}）`);
    expect(hostShown('WWW.Example.com.', 'en')).toBe('www.example.com');
  });
});

describe('list / prune / rotate --domain (rowCovers)', () => {
  const bucher = row(BUCHER, [BUCHER, `*.${BUCHER}`]);
  const lizi = row('xn--fsqu00a.xn--0zwm56d', []);
  it('a Unicode --domain covers the punycode names SCM lists, wildcard-aware', () => {
    for (const h of ['bücher.example', 'BÜCHER.example.', 'www.bücher.example', '*.bücher.example', BUCHER]) expect(rowCovers(bucher, h), h).toBe(true);
    expect(rowCovers(bucher, 'a.www.bücher.example')).toBe(false);
    expect(coveringRows([bucher, lizi], '例子.测试')).toEqual([lizi]);
  });
  it('a certificate SCM lists in Unicode is matched by either form too', () => {
    const unicode = row('bücher.example', []);
    expect([rowCovers(unicode, BUCHER), rowCovers(unicode, 'Bücher.example')]).toEqual([true, true]);
  });
});

describe('rotate --domain: the new certificate must cover it (domainFindings)', () => {
  const facts = (names: string[]) => ({ label: 'new', names, sm2: false });
  it('covered in punycode; not covered names both forms', () => {
    expect(domainFindings(facts([BUCHER]), 'Bücher.example.')).toEqual([]);
    expect(domainFindings(facts([`*.${BUCHER}`]), 'www.bücher.example')).toEqual([]);
    expect(uncovered([BUCHER], ['bücher.example', 'www.bücher.example'])).toEqual([`www.${BUCHER}`]);
    expect(domainFindings(facts(['other.example']), 'bücher.example')).toEqual([
      expect.objectContaining({ rule: 'rotate-domain-not-covered', message: expect.stringMatching(/: bücher\.example \(xn--bcher-kva\.example\) \(the certificate names other\.example\)$/) }),
    ]);
  });
});

describe('a --domain with no punycode form is a usage error', () => {
  it.each(['list', 'prune', 'rotate'])('%s', async (command) => {
    const spec = COMMANDS.find((c) => c.name === command)!;
    for (const ok of ['bücher.example', 'BÜCHER.example.', '*.例子.测试']) await expect(refuseBadHost(spec, { opts: { domain: ok } }, 'en')).resolves.toBeUndefined();
    const e = await refuseBadHost(spec, { opts: { domain: 'a\u200d.example' } }, 'zh').then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toBe('--domain “a\u200d.example”不是合法的主机名：含有非 ASCII 字符，且无法转换为 punycode 形式');
  });
});
