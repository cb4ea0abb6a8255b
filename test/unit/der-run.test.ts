// DER certificates joined (`cat leaf.der inter.der`, `copy /b`): derRun splits them, and validate reads each and
// sends them as PEM in the order given. Real certificates from the generator, in memory.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { derRun } from '../../src/core/validate/der-sniff.js';
import { validateBundle } from '../../src/core/validate/index.js';
import { describeFixtures, fixture, raw } from '../helpers/fixtures.js';

const der = (rel: string): Buffer => new X509Certificate(readFileSync(fixture(rel))).raw;

describeFixtures('DER certificates joined', () => {
  it('derRun: two or more whole SEQUENCEs, line ends or NULs after the last allowed; anything else is none', () => {
    const [leaf, inter] = [der('cases/rsa.crt'), der('pki/inter-rsa.crt')];
    expect(derRun(Buffer.concat([leaf, inter]))).toEqual([leaf, inter]);
    expect(derRun(Buffer.concat([leaf, inter, Buffer.from('\r\n\0 \t')]))).toEqual([leaf, inter]);
    expect(derRun(leaf)).toBeUndefined();
    expect(derRun(Buffer.concat([leaf, Buffer.from('x')]))).toBeUndefined();
    expect(derRun(Buffer.concat([leaf, inter.subarray(0, 100)]))).toBeUndefined();
    // A TLV that is no SEQUENCE ends the run: what follows it is no padding.
    expect(derRun(Buffer.concat([leaf, inter, Buffer.from([0x02, 0x01, 0x00])]))).toBeUndefined();
    expect(derRun(Buffer.concat([leaf, Buffer.from([0x02, 0x01, 0x00]), inter]))).toBeUndefined();
  });

  it('validate reads each certificate and sends the leaf, then the chain as PEM, one info', async () => {
    const data = Buffer.concat([der('cases/rsa.crt'), der('pki/inter-rsa.crt')]);
    const r = await validateBundle({ cert: { source: 'fullchain.der', data }, key: raw('cases/rsa.key') }, { now: new Date() });
    expect(r.findings.map((f) => `${f.rule} ${f.message}`)).toEqual(['input-converted fullchain.der holds 2 DER certificates one after another (DER files joined); they will be sent as PEM, in that order, but OpenSSL reads only the first of them']);
    expect(r.payload!.certificate).toBe(readFileSync(fixture('cases/rsa.crt'), 'utf8'));
    expect(r.payload!.certificate_chain).toBe(readFileSync(fixture('pki/inter-rsa.crt'), 'utf8'));
  });
});
