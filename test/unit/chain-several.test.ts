// --chain given more than once (DigiCert ships DigiCertCA.crt and TrustedRoot.crt; a CA may send each
// intermediate as a file of its own): one chain is built from all of them, each certificate once, in issuer
// order, as for --cert holding CA certificates beside --chain (chain-merged). Before, only the last --chain
// was read: the chain then lacked a certificate the user had given, and the finding told them to add it.
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, NOW } from '../helpers/named-files.js';

const raw = (source: string, rel: string | Buffer): RawInput => ({ source, data: typeof rel === 'string' ? bytes(rel) : rel });
const leaf = raw('leaf.pem', 'deep-leaf.crt');
const key = raw('leaf.key', 'deep-leaf.key');
const [i1, i2, i3] = ['pki/deep-i1.crt', 'pki/deep-i2.crt', 'pki/deep-i3.crt'].map((p) => bytes(p).toString());

describeFixtures('--chain given more than once', () => {
  it.each([
    ['in issuer order', [raw('i3.pem', 'pki/deep-i3.crt'), raw('i2.pem', 'pki/deep-i2.crt'), raw('i1.pem', 'pki/deep-i1.crt')], 'i3.pem, i2.pem, i1.pem'],
    ['in any order', [raw('i1.pem', 'pki/deep-i1.crt'), raw('i3.pem', 'pki/deep-i3.crt'), raw('i2.pem', 'pki/deep-i2.crt')], 'i1.pem, i3.pem, i2.pem'],
    ['two in one file, one in another', [raw('i1.pem', 'pki/deep-i1.crt'), raw('i3i2.pem', Buffer.from(i3! + i2!))], 'i1.pem, i3i2.pem'],
  ])('%s: one chain from all of them, sent leaf first then each issuer, and said once', async (_, chain, files) => {
    const r = await validateBundle({ cert: leaf, key, chain }, { now: NOW });
    expect(lines(r)).toEqual([`chain-merged info null: ${files} were given as the chain: the chain sent is built from all of them, each certificate once, in issuer order`]);
    expect(r.payload?.certificate_chain).toBe(i3! + i2! + i1!);
  });

  it('in Chinese too', async () => {
    const r = await validateBundle({ cert: leaf, key, chain: [raw('a.pem', 'pki/deep-i3.crt'), raw('b.pem', Buffer.from(i2! + i1!))] }, { now: NOW, lang: 'zh' });
    expect(lines(r)).toEqual(['chain-merged info null: 用 a.pem、b.pem 提供了证书链：发送的证书链由它们共同组成，每张证书只发送一次，按签发顺序排列']);
  });

  it('one missing between them: read as a folder is, what does not link up is named and not sent', async () => {
    const r = await validateBundle({ cert: leaf, key, chain: [raw('i3.pem', 'pki/deep-i3.crt'), raw('i1.pem', 'pki/deep-i1.crt')] }, { now: NOW });
    expect(lines(r)).toEqual([
      'chain-unrelated-cert warning null: CN=SCM Deep Intermediate 1 (certificate 1 in i1.pem) did not issue CN=deep.example.com or any of its intermediates; it is not sent',
      'chain-merged info null: i3.pem, i1.pem were given as the chain: the chain sent is built from all of them, each certificate once, in issuer order',
    ]);
    expect(r.payload?.certificate_chain).toBe(i3!);
  });

  it('with --cert holding CA certificates too: chain-merged names every chain file', async () => {
    const r = await validateBundle({ cert: raw('full.pem', Buffer.from(bytes('deep-leaf.crt').toString() + i3!)), key, chain: [raw('i2.pem', 'pki/deep-i2.crt'), raw('i1.pem', 'pki/deep-i1.crt')] }, { now: NOW });
    expect(lines(r)).toEqual(['chain-merged info null: full.pem holds 2 certificates and i2.pem, i1.pem were given as the chain: the chain sent is built from all of them, each certificate once, in issuer order']);
    expect(r.payload?.certificate_chain).toBe(i3! + i2! + i1!);
  });

  it('one --chain in a list reads as one --chain: sent as given, no note', async () => {
    const one = await validateBundle({ cert: leaf, key, chain: [raw('c.pem', Buffer.from(i3! + i2! + i1!))] }, { now: NOW });
    const plain = await validateBundle({ cert: leaf, key, chain: raw('c.pem', Buffer.from(i3! + i2! + i1!)) }, { now: NOW });
    expect(lines(one)).toEqual([]);
    expect(one.payload).toEqual(plain.payload);
  });

  it('with a bundle read by content (files given together), each --chain replaces the chain the files gave', async () => {
    const r = await validateBundle({ files: [leaf, key, raw('old-chain.pem', 'rsa-chain.pem')], chain: [raw('i3.pem', 'pki/deep-i3.crt'), raw('i21.pem', Buffer.from(i2! + i1!))] }, { now: NOW });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.payload?.certificate_chain).toBe(i3! + i2! + i1!);
  });
});
