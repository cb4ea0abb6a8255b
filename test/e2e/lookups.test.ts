// Complete lookups through the built binary: `upload --if-changed` with 100 certificates sharing the domain
// finds the one SCM holds in at most 3 list pages and 2 shows, with the emulator's offset read as items and
// as pages; a page that fails after the retries ends in exit 5 with nothing imported; more certificates than
// the offset cap lets anyone read is said, not guessed; the whole upload keeps to one time limit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identityOf } from '../../src/api/cert-identity.js';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('lookups', { cn: 'shop.example.test' });
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'shop-2026', ...extra]);
const DAY = 86_400_000;

/** `n` older certificates for the same names, renewed every 60 days (the oldest first). */
async function renewals(n: number): Promise<void> {
  const id = identityOf(readFileSync(t.b.cert, 'utf8'));
  await t.emu.seed({
    certificates: Array.from({ length: n }, (_, i) => ({
      name: `shop-${i}`, domain: id.names[0], sans: id.names,
      not_after: new Date(id.notAfter.getTime() - (n - i) * 60 * DAY).toISOString(),
      created_at: new Date(Date.UTC(2020, 0, 1) + i * 60 * DAY).toISOString(),
    })),
  });
}

describe.each(['items', 'pages'])('--if-changed with 100 certificates sharing the domain (offset counts %s)', (unit) => {
  it('imports once, then finds it in at most 3 list pages and 2 shows', async () => {
    await t.emu.options({ offset_unit: unit });
    await renewals(99);
    const first = await upload('--if-changed', '--quiet');
    expect(first.code, first.stderr).toBe(0);
    const before = (await t.emu.state()).requests.byOperation;
    const second = await upload('--if-changed');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(`unchanged: the same certificate is already in SCM as ${first.stdout.trim()}; nothing uploaded\n`);
    const after = (await t.emu.state()).requests.byOperation;
    const cost = { list: after.list! - before.list!, show: (after.show ?? 0) - (before.show ?? 0), import: (after.import ?? 0) - (before.import ?? 0) };
    expect(cost.import).toBe(0);
    expect(cost.list).toBeLessThanOrEqual(3);
    expect(cost.show).toBeLessThanOrEqual(2);
    expect((await t.emu.state()).certificates).toHaveLength(100);
  });
});

describe('lookups that cannot decide', () => {
  it('a page that fails after the retries: exit 5, nothing imported', async () => {
    await renewals(80);
    await t.emu.fault({ op: 'list', after: 1, status: 503, times: 20 });
    const r = await upload('--if-changed', '--retries', '1');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^scm: cannot tell whether SCM already holds this certificate: could not read page 2 of the certificate list: SCM could not complete listing certificates: SCM\.4001 .*; nothing was imported$/m);
    expect(r.stderr).toMatch(/^hint: nothing is imported on a guess; try again later$/m);
    expect((await t.emu.state()).requests.byOperation.import).toBeUndefined();
  });

  it('more than the offset cap lets anyone read: the list in expiry order reaches the leaf\'s expiry from one end, so it is decided', async () => {
    await renewals(160);
    const first = await upload('--if-changed', '--json');
    expect(first.code, first.stderr).toBe(0);
    const id = JSON.parse(first.stdout).certificate_id as string;
    expect(JSON.parse(first.stdout)).toMatchObject({ changed: true });
    const again = await upload('--if-changed', '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ certificate_id: id, changed: false });
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });

  it('more than the cap, and more than it with the leaf\'s very expiry: said, exit 5, nothing imported; --json too', async () => {
    const id = identityOf(readFileSync(t.b.cert, 'utf8'));
    await t.emu.seed({ certificates: Array.from({ length: 160 }, (_, i) => ({ name: `shop-${i}`, domain: id.names[0], sans: id.names, not_after: id.notAfter.toISOString(), fingerprint: i.toString(16).padStart(40, '0') })) });
    const r = await upload('--if-changed', '--json');
    expect(r.code).toBe(5);
    const error = JSON.parse(r.stderr.trim().split('\n').at(-1)!).error;
    expect(error).toMatchObject({ exitCode: 5, message: 'cannot tell whether SCM already holds this certificate: SCM lists 160 certificates matching shop.example.test, but its API lets scm read only 150 of them (the offset of ListCertificates stops at 100); nothing was imported' });
    expect(error.hint).toMatch(/delete old certificates of shop\.example\.test/);
    expect((await t.emu.state()).requests.byOperation.import).toBeUndefined();
  });

  it('one time limit for the whole upload: slow pages end it once --timeout × (retries + 1) + backoff + 1 s is spent', async () => {
    await renewals(120);
    await t.emu.fault({ op: 'list', delay_ms: 800, times: 10 });
    const r = await upload('--if-changed', '--timeout', '1', '--retries', '0');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^scm: cannot tell whether SCM already holds this certificate: could not read page 3 of the certificate list: gave up after 2(\.\d)?s, during listing certificates: the time limit of the upload is --timeout 1s × \(0 retries \+ 1\) \+ 0s of backoff \+ 1s; nothing was imported$/m);
    expect((await t.emu.state()).requests.byOperation.import).toBeUndefined();
  });
});
