// A .pfx cut off in transfer is recognised once, where its bytes are scanned (scan.ts): the length its DER header
// announces is read there and carried with the scan, not read again by each role that reports it (the folder
// that leaves it out, --pfx, --cert). Counted at the source: the calls of der-sniff.ts's truncatedPkcs12Length on it.
import { readFileSync } from 'node:fs';
import { beforeEach, expect, it, vi } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import { InputError } from '../../src/errors.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/core/validate/der-sniff.js', async (original) => {
  const der = await original<typeof import('../../src/core/validate/der-sniff.js')>();
  // Only the reads of the cut file count (every input that is not whole DER is asked once, by scan.ts).
  return { ...der, truncatedPkcs12Length: (buf: Buffer) => (buf.length === 1500 && calls.n++, der.truncatedPkcs12Length(buf)) };
});
beforeEach(() => {
  calls.n = 0;
});

const NOW = new Date();
const cut = (): Buffer => readFileSync(fixture('pfx/rsa.pfx')).subarray(0, 1500);
const file = (rel: string, source: string) => ({ source, data: readFileSync(fixture(rel)) });

describeFixtures('a PKCS#12 cut short: its announced length read once', () => {
  it('in a folder beside the certificate and the key: left out with its lengths, read once', async () => {
    const whole = readFileSync(fixture('pfx/rsa.pfx')).length;
    const r = await validateBundle({ bundle: 'site', files: [file('cases/rsa-fullchain.pem', 'site/fullchain.pem'), file('cases/rsa.key', 'site/privkey.pem'), { source: 'site/site.pfx', data: cut() }] }, { now: NOW });
    expect(r.findings.find((f) => f.rule === 'input-ignored')?.message).toContain(`it says ${whole} bytes, the file has 1500`);
    expect(calls.n).toBe(1);
  });

  it.each([
    ['--pfx', { pfx: { source: 'site.pfx', data: cut() }, pfxPassword: 'secret' }],
    ['--cert', { cert: { source: 'site.pfx', data: cut() }, key: file('cases/rsa.key', 'rsa.key') }],
  ])('given as %s: the exit-2 error with its lengths, read once', async (_, input) => {
    const e = await validateBundle(input, { now: NOW }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/^site\.pfx is a PKCS#12 \(\.pfx\/\.p12\) file that stops short \(it says \d+ bytes, the file has 1500\)/);
    expect(calls.n).toBe(1);
  });
});
