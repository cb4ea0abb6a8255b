// One cause, one finding. Each input is broken in every way we know, the others left healthy (a bundle that is
// clean on its own): the report must hold exactly one finding, the cause, and no finding of any rule that needs
// the broken input (src/core/validate/needs.ts) — every pair (broken input x rule) is checked. The table of
// needs itself must cover every rule, and the collector must refuse what the runner would compute without input.
import { expect, it } from 'vitest';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';
import { Findings } from '../../src/core/validate/findings.js';
import { M } from '../../src/core/validate/messages.js';
import { NEEDS, type Need } from '../../src/core/validate/needs.js';
import { InputError } from '../../src/errors.js';
import { check, describeFixtures, type Parts } from '../helpers/fixtures.js';

interface Broken {
  what: string;
  /** The input that cannot be read. */
  need: Need;
  parts: Parts;
  /** The one finding it gives. */
  cause: string;
}

const CERT = ['variants/garbage.txt', 'variants/empty.pem', 'rsa.key', 'variants/rsa.csr', 'variants/rsa-truncated.der', 'variants/cert-bad-base64.pem',
  'variants/cert-not-x509.pem', 'variants/cert-no-end.pem', 'variants/cert-no-begin.pem', 'variants/cert-armor-missing.pem', 'variants/cert-empty-body.pem', 'rsa.pub.pem'];
const CHAIN = ['variants/garbage.txt', 'variants/cert-armor-missing.pem', 'variants/cert-bad-base64.pem', 'variants/cert-not-x509.pem', 'variants/cert-no-end.pem',
  'variants/cert-empty-body.pem', 'variants/rsa-truncated.der', 'rsa.key', 'variants/rsa.csr'];
const KEY = ['variants/garbage.txt', 'variants/whitespace.pem', 'variants/key-corrupt.key', 'variants/key-empty-body.key', 'variants/key-no-end.key',
  'variants/key-armor-missing.key', 'rsa.encrypted-pkcs8.key', 'rsa.encrypted-pkcs8.key.der', 'rsa.encrypted-legacy.key', 'rsa.pub.pem', 'rsa.crt', 'rsa.der',
  'variants/openssh.key', 'variants/rsa-truncated.der'];

const BROKEN: Broken[] = [
  { what: 'no --cert at all', need: 'leaf', parts: { key: 'rsa.key', chain: 'rsa-chain.pem' }, cause: 'cert-missing' },
  ...CERT.map((cert): Broken => ({ what: `--cert ${cert}`, need: 'leaf', parts: { cert, key: 'rsa.key', chain: 'rsa-chain.pem' }, cause: '' })),
  ...CHAIN.map((chain): Broken => ({ what: `--chain ${chain}`, need: 'chain', parts: { cert: 'rsa.crt', key: 'rsa.key', chain }, cause: '' })),
  { what: 'a fullchain whose first block (the leaf) is broken', need: 'leaf', parts: { cert: 'variants/fullchain-bad-first.pem', key: 'rsa.key' }, cause: 'cert-unparsable' },
  { what: 'a fullchain whose second block is broken', need: 'chain', parts: { cert: 'variants/fullchain-bad-second.pem', key: 'rsa.key' }, cause: 'chain-unparsable' },
  { what: 'no --key at all', need: 'key', parts: { cert: 'rsa-fullchain.pem' }, cause: 'key-empty' },
  ...KEY.map((key): Broken => ({ what: `--key ${key}`, need: 'key', parts: { cert: 'rsa-fullchain.pem', key }, cause: '' })),
  // certbot's chain.pem as --cert, with the leaf's key: not the CA checked as a leaf (key, chain length, its name).
  { what: '--cert holding only the intermediate, with the leaf\'s key', need: 'leaf', parts: { cert: 'rsa-chain.pem', key: 'rsa.key' }, cause: 'cert-missing' },
  { what: '--cert holding the intermediate and the root, with the leaf\'s key', need: 'leaf', parts: { cert: 'rsa-chain-with-root.pem', key: 'rsa.key' }, cause: 'cert-missing' },
  { what: 'a folder whose cert.pem is garbage', need: 'leaf', parts: { dir: 'layouts/garbage-cert' }, cause: 'cert-missing' },
  { what: 'a folder without a key', need: 'key', parts: { dir: 'layouts/no-key-notes' }, cause: 'key-empty' },
  { what: 'files: a broken leaf block next to the key', need: 'leaf', parts: { files: ['variants/cert-bad-base64.pem', 'rsa.key', 'rsa-chain.pem'] }, cause: 'cert-unparsable' },
  // The key that matches cannot be read, another key beside it: the unreadable one is the cause, not a mismatch.
  { what: 'a folder whose key is encrypted, a stale key beside it', need: 'key', parts: { dir: 'layouts/encrypted-key-stale' }, cause: 'key-encrypted' },
  { what: 'a folder whose key is encrypted the traditional way, a stale key beside it', need: 'key', parts: { dir: 'layouts/encrypted-legacy-key-stale' }, cause: 'key-encrypted' },
  { what: 'a folder whose key is encrypted, the CA\'s key beside it', need: 'key', parts: { dir: 'layouts/encrypted-key-ca-key' }, cause: 'key-encrypted' },
  { what: 'a folder whose key is cut short, a stale key beside it', need: 'key', parts: { dir: 'layouts/truncated-key-stale' }, cause: 'key-unparsable' },
  { what: '--key holding a stale key, then the encrypted one', need: 'key', parts: { cert: 'rsa-fullchain.pem', key: 'two-keys-stale-then-encrypted.pem' }, cause: 'key-encrypted' },
];

/** The rules a given broken input must never produce. */
const dependents = (need: Need): string[] => UPLOAD_RULES.map((r) => r.id).filter((id) => NEEDS[id]!.includes(need));

describeFixtures('one cause, one finding', () => {
  it('every rule declares what it needs, and needs.ts names no rule that does not exist', () => {
    const ids = UPLOAD_RULES.map((r) => r.id);
    expect(ids.filter((id) => NEEDS[id] === undefined)).toEqual([]);
    expect(Object.keys(NEEDS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('the healthy inputs the cases start from are clean on their own', async () => {
    for (const parts of [{ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, { cert: 'rsa-fullchain.pem', key: 'rsa.key' }]) {
      expect((await check(parts)).findings).toEqual([]);
    }
  });

  it.each(BROKEN.map((b) => [b.what, b] as const))('%s: one finding, and none that needs what is missing', async (_, b) => {
    const r = await check(b.parts);
    expect(r.findings.map((f) => f.rule), JSON.stringify(r.findings, null, 1)).toHaveLength(1);
    const [finding] = r.findings;
    if (b.cause) expect(finding!.rule).toBe(b.cause);
    expect(NEEDS[finding!.rule]).not.toContain(b.need);
    for (const rule of dependents(b.need)) expect(r.findings.some((f) => f.rule === rule), `${b.what} x ${rule}`).toBe(false);
    expect(r.valid).toBe(false);
    expect(r.certificate === undefined).toBe(b.need === 'leaf');
  });

  it('an unreadable --cert never makes the first chain certificate the leaf', async () => {
    const r = await check({ cert: 'variants/garbage.txt', chain: 'rsa-chain.pem', key: 'rsa.key' });
    expect(r.findings.map((f) => `${f.rule} ${f.code}`)).toEqual(['cert-unparsable SCM.0031']);
    expect(r.certificate).toBeUndefined();
    expect(r.payload).toBeUndefined();
  });

  it('PKCS#12 where a certificate, key or chain belongs is an input error (exit 2) saying to use --pfx', async () => {
    for (const slot of ['cert', 'key', 'chain'] as const) {
      const parts: Parts = { cert: 'rsa-fullchain.pem', key: 'rsa.key', [slot]: 'pfx/rsa.pfx' };
      const e = await check(parts).catch((x: unknown) => x);
      expect(e, slot).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(/rsa\.pfx is a PKCS#12 \(\.pfx\/\.p12\) file, not a .*: pass it with --pfx/);
    }
  });

  it('the collector drops a finding whose input is missing, and refuses a rule with no declared needs', () => {
    const f = new Findings();
    f.lack('leaf');
    f.add('cert-expired', M.expired, { cert: 'CN=x', date: '2020-01-01', days: 3 });
    f.add('name-invalid', M.nameInvalid, { name: '"x"', why: 'is short' });
    expect(f.sorted().map((x) => x.rule)).toEqual(['name-invalid']);
    expect(() => f.add('no-such-rule', M.expired)).toThrow(/no-such-rule/);
  });
});
