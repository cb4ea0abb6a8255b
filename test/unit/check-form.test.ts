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

  it('a folder: a file holding the leaf after a CA (`cat chain.pem cert.pem`) is chain-misordered, what a server pointed at it takes first, in both languages; a file given is left to chain.ts, the leaf first is nothing', () => {
    const reversed = text(`${RSA}/chain.pem`) + text(`${RSA}/cert.pem`);
    const found = formProblems([file('cert.pem', text(`${RSA}/cert.pem`)), file('fullchain.pem', reversed)], certs, 0, true, 'en', AT);
    expect(found).toEqual([{ id: 'chain-misordered', message: `fullchain.pem has ${certs[1]!.name} first and the end-entity (server) certificate, ${certs[0]!.name}, as certificate 2: nginx, Apache and HAProxy take the first certificate of the file for the server's own, so, pointed at this file, they refuse it with the server's private key (key values mismatch); put ${certs[0]!.name} first` }]);
    expect(formProblems([file('fullchain.pem', reversed)], certs, 0, true, 'zh', AT)[0]!.message).toBe(`fullchain.pem 中的第一张证书是 ${certs[1]!.name}，服务器证书 ${certs[0]!.name} 是第 2 张：\`nginx\`、\`Apache\`、\`HAProxy\` 会把文件中的第一张证书当作服务器证书，配置指向这个文件时，与服务器私钥一起加载会报错（\`key values mismatch\`）；请把 ${certs[0]!.name} 放在最前面`);
    expect(formProblems([file('fullchain.pem', reversed)], certs, 0, false, 'en', AT)).toEqual([]);
    expect(formProblems([file('fullchain.pem', text(`${RSA}/fullchain.pem`)), file('chain.pem', text(`${RSA}/chain.pem`))], certs, 0, true, 'en', AT)).toEqual([]);
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
    const long = pem.replace(/^([A-Za-z0-9+/]{64})\n([A-Za-z0-9+/]{12})/m, '$1$2\n');
    expect(of(long)).toEqual([]);
    expect(of(long.replace(/-----BEGIN CERTIFICATE-----\n/, '-----BEGIN CERTIFICATE-----\n\n'))).toEqual([['openssl-unreadable', 'x.pem has a blank']]);
    const key = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n';
    expect(of(pem + key)).toEqual([]);
    expect(of(`${pem}\n\n${pem}`)).toEqual([]);
  });

  it('a certificate block that cannot be read (bad base64, no END line, an END line alone): chain-unparsable, in validate\'s words, in both languages', () => {
    const [cert, chain] = [text(`${RSA}/cert.pem`), text(`${RSA}/chain.pem`)];
    const of = (data: string, lang: 'en' | 'zh' = 'en') => formProblems([file('x.pem', data)], certs, 0, false, lang, AT);
    const badBase64 = cert + chain.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!!!!!!!!!!!!!!!!!');
    expect(of(badBase64)).toEqual([{ id: 'chain-unparsable', message: 'certificate 2 in x.pem is not valid base64: OpenSSL stops there, so nginx, Apache and HAProxy refuse the file' }]);
    expect(of(badBase64, 'zh')).toEqual([{ id: 'chain-unparsable', message: 'x.pem 中的第 2 张证书不是有效的 Base64 编码：OpenSSL 读到这里就会出错，`nginx`、`Apache`、`HAProxy` 也会拒绝这个文件' }]);
    expect(of(cert + chain.replace(/-----END CERTIFICATE-----\n$/, ''))).toEqual([{ id: 'chain-unparsable', message: 'certificate 2 in x.pem has no -----END CERTIFICATE----- line: OpenSSL stops there, so nginx, Apache and HAProxy refuse the file' }]);
    expect(of(cert + chain.replace('-----BEGIN CERTIFICATE-----\n', ''))).toEqual([{ id: 'chain-unparsable', message: 'x.pem has an -----END----- line without its -----BEGIN----- line: OpenSSL stops there, so nginx, Apache and HAProxy refuse the file' }]);
  });

  it('a block cut short: the blank line before the next BEGIN is no blank line inside a block; one inside the cut block is', () => {
    const [cert, chain] = [text(`${RSA}/cert.pem`), text(`${RSA}/chain.pem`)];
    const cut = (data: string) => ids(formProblems([file('x.pem', data)], certs, 0, false, 'en', AT));
    expect(cut(`${cert.replace(/-----END CERTIFICATE-----\n$/, '')}\n${chain}`)).toEqual([['chain-unparsable', 'certificate 1 in x.pem']]);
    expect(cut(cert.replace(/\n([A-Za-z0-9+/=]+)\n-----END CERTIFICATE-----\n$/, '\n\n$1\n') + chain)).toEqual([['openssl-unreadable', 'x.pem has a blank'], ['chain-unparsable', 'certificate 1 in x.pem']]);
  });

  it('text around the blocks, blank lines in it, is no block\'s: nothing to say', () => {
    const pem = text(`${RSA}/fullchain.pem`);
    expect(formProblems([file('x.pem', `my certificate\n\nfor the shop\n${pem}`)], certs, 0, false, 'en', AT)).toEqual([]);
    expect(formProblems([file('x.pem', `${pem}\nnotes after the blocks\n\nmore notes\n`)], certs, 0, false, 'en', AT)).toEqual([]);
  });

  it('standard input is named as validate names it, in both languages', () => {
    expect(formProblems([file('-', joined())], certs, 0, false, 'en', AT)[0]!.message).toMatch(/^standard input has an END line run into the next BEGIN line/);
    expect(formProblems([file('-', joined())], certs, 0, false, 'zh', AT)[0]!.message).toMatch(/^标准输入中有 `END` 行与下一个 `BEGIN` 行连在了一起/);
  });
});
