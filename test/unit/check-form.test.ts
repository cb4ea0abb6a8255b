// core/check/form.ts: what OpenSSL refuses in a certificate file as it stands (scm check's openssl-unreadable),
// and what it reads (a BOM, CRLF, DER); in a folder only a damaged file holding a certificate of the leaf's path.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { assess, leafFacts } from '../../src/core/check/index.js';
import { formProblems } from '../../src/core/check/form.js';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const AT = new Date('2030-01-01T00:00:00Z');
const RSA = 'bundles/rsa-ok';
const text = (rel: string): string => readFileSync(fixture(rel), 'utf8');
const certsOf = (...files: string[]): Cert[] => files.flatMap((f) => text(f).match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
  .map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'x.pem', i + 1));
const file = (source: string, data: string | Buffer) => ({ source, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });
const joined = (): string => text(`${RSA}/cert.pem`).trimEnd() + text(`${RSA}/chain.pem`);
const ids = (ps: { id: string; message: string }[]) => ps.map((p) => [p.id, p.message.split(' ').slice(0, 4).join(' ')]);

describeFixtures('formProblems', () => {
  const certs = certsOf(`${RSA}/fullchain.pem`);
  it('a file given: an END run into a BEGIN, lost line breaks, UTF-16, each its own words, in both languages', () => {
    expect(ids(formProblems([file('a.pem', joined())], certs, 0, false, 'en', AT))).toEqual([['openssl-unreadable', 'a.pem has an END']]);
    expect(ids(formProblems([file('b.pem', text(`${RSA}/fullchain.pem`).replace(/\n/g, ' '))], certs, 0, false, 'en', AT))).toEqual([['openssl-unreadable', 'b.pem has lost its']]);
    expect(ids(formProblems([file('c.pem', Buffer.from(`\ufeff${text(`${RSA}/fullchain.pem`)}`, 'utf16le'))], certs, 0, false, 'en', AT))).toEqual([['openssl-unreadable', 'c.pem is UTF-16 text']]);
    expect(formProblems([file('a.pem', joined())], certs, 0, false, 'zh', AT)[0]!.message).toMatch(/^a\.pem 中有 `END` 行与下一个 `BEGIN` 行连在了一起/);
  });

  it('what OpenSSL reads is nothing: a sound file, a UTF-8 BOM, CRLF, DER', () => {
    const pem = text(`${RSA}/fullchain.pem`);
    const der = Buffer.from(text(`${RSA}/cert.pem`).replace(/-----[^-]+-----|\s/g, ''), 'base64');
    expect(formProblems([file('a', pem), file('b', `\ufeff${pem}`), file('c', pem.replace(/\n/g, '\r\n')), file('d', der)], certs, 0, false, 'en', AT)).toEqual([]);
  });

  it('a folder: a damaged file counts when it holds the leaf or a CA of its path, not when it holds none of them', () => {
    const other = text('pki/cross-root-a.crt').trimEnd() + text('pki/cross-root-b.crt');
    const all = [...certs, ...certsOf('pki/cross-root-a.crt', 'pki/cross-root-b.crt')];
    const chainOnly = text(`${RSA}/chain.pem`).trimEnd() + text('pki/cross-root-a.crt');
    const found = formProblems([file('cert.pem', text(`${RSA}/cert.pem`)), file('fullchain.pem', joined()), file('other.pem', other), file('chain.pem', chainOnly)], all, 0, true, 'en', AT);
    expect(found.map((p) => p.message.split(' ')[0])).toEqual(['fullchain.pem', 'chain.pem']);
    expect(formProblems([file('other.pem', other)], all, 0, true, 'en', AT)).toEqual([]);
  });

  it('decides the verdict of the target (assess), where a chain note would not', () => {
    const form = formProblems([file('a.pem', joined())], certs, 0, false, 'en', AT);
    const row = assess({ target: 'a.pem', kind: 'file', leaf: leafFacts(certs[0]!), form, withinDays: 30, now: AT, lang: 'en' });
    expect([row.ok, row.problems]).toEqual([false, form]);
    expect(assess({ target: 'a.pem', kind: 'file', leaf: leafFacts(certs[0]!), withinDays: 30, now: AT, lang: 'en' }).ok).toBe(true);
  });

  it('the layout OpenSSL refuses: indented armor, a blank line after base64 began; not a blank line after BEGIN or after headers', () => {
    const pem = text(`${RSA}/fullchain.pem`);
    const of = (data: string) => ids(formProblems([file('x.pem', data)], certs, 0, false, 'en', AT));
    expect(of(pem.replace(/^-----END/m, ' -----END'))).toEqual([['openssl-unreadable', 'x.pem has indented -----BEGIN']]);
    expect(of(pem.replace(/^(-----BEGIN CERTIFICATE-----\n[^\n]+\n)/, '$1\n'))).toEqual([['openssl-unreadable', 'x.pem has a blank']]);
    expect(of(pem.replace(/\n-----END/, '\n  \n-----END'))).toEqual([['openssl-unreadable', 'x.pem has a blank']]);
    expect(of(pem.replace(/-----BEGIN CERTIFICATE-----\n/, '-----BEGIN CERTIFICATE-----\n\n'))).toEqual([]);
    const key = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n';
    expect(of(pem + key)).toEqual([]);
    expect(of(`${pem}\n\n${pem}`)).toEqual([]);
  });
});
