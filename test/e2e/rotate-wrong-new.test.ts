// Through the built binary, a rotation to what may be the wrong certificate: one that expires before the old
// one (a renewal to a shorter-lived certificate, or the wrong files) is said before anything is done, and
// --delete-old keeps the old certificate that outlives it, found by --domain or given by id; one that does not
// cover the --domain whose certificates it would replace is refused offline (exit 1, nothing sent).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('wrong-new', { bundle: false });
const { run } = cliRecorder(() => t.env());
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
const utc8 = (d: string | Date): string => `${new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} (UTC+8)`;
const zh = (s: string): string => s.replace(' (UTC+8)', '（UTC+8）');
const held = async (): Promise<string[]> => (await t.emu.state()).certificates.map((c) => c.id).sort();
const warnings = (stderr: string): string[] => stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.warning).map((l) => l.warning.message);

/** A new certificate for o.example.test that expires in 30 days, and two old ones: one for 300 days, one for 10. */
async function world(): Promise<{ fresh: string; longer: string; shorter: string; dates: { fresh: string; longer: string; shorter: string } }> {
  const dates = { fresh: inDays(30), longer: inDays(300), shorter: inDays(10) };
  const [fresh, longer, shorter] = (await t.emu.seed({ certificates: [
    { name: 'new', domain: 'o.example.test', not_after: dates.fresh },
    { name: 'old-long', domain: 'o.example.test', not_after: dates.longer },
    { name: 'old-short', domain: 'o.example.test', not_after: dates.shorter },
  ] })).certificates as [string, string, string];
  return { fresh, longer, shorter, dates };
}

describe('rotate to a certificate that expires before the old one', () => {
  it('--domain --delete-old: warned before anything is done; the longer-lived old one kept (outlives), the other deleted', async () => {
    const w = await world();
    const r = await run(['rotate', '--domain', 'o.example.test', '--to', w.fresh, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([`the new certificate expires ${utc8(w.dates.fresh)}, before ${w.longer} (${utc8(w.dates.longer)}), which it replaces: check that it is the renewal you meant; --delete-old keeps ${w.longer}`]);
    const doc = JSON.parse(r.stdout);
    expect(doc.deleted).toEqual([w.shorter]);
    expect(doc.kept).toEqual([{ id: w.longer, reason: 'outlives', message: 'kept: no longer used, but it expires after the new certificate, so --delete-old does not delete it' }]);
    expect(await held()).toEqual([w.fresh, w.longer].sort());
  });

  it('--dry-run: the plan says which old certificate --delete-old will not delete', async () => {
    const w = await world();
    const r = await run(['rotate', '--domain', 'o.example.test', '--to', w.fresh, '--delete-old', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`then: delete the old certificates nothing uses any more (--delete-old; never after a failure), but not ${w.longer} (expiring after the new one)\n`);
    expect((await held()).length).toBe(3);
  });

  it('old ids given, in Chinese text: the same warning and the same keep', async () => {
    const w = await world();
    const r = await run(['rotate', w.longer, w.shorter, '--to', w.fresh, '--delete-old', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`警告：新证书的到期时间为 ${zh(utc8(w.dates.fresh))}，早于它所替换的 ${w.longer}（到期时间 ${zh(utc8(w.dates.longer))}）：请确认这是你要使用的续期证书；--delete-old 不会删除 ${w.longer}`);
    expect(r.stdout).toContain('保留：已不再使用，但它比新证书更晚到期，因此 --delete-old 不删除它');
    expect(await held()).toEqual([w.fresh, w.longer].sort());
  });

  it('old ids given without --delete-old: warned as with --domain, nothing deleted', async () => {
    const w = await world();
    const r = await run(['rotate', w.longer, w.shorter, '--to', w.fresh, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([`the new certificate expires ${utc8(w.dates.fresh)}, before ${w.longer} (${utc8(w.dates.longer)}), which it replaces: check that it is the renewal you meant`]);
    expect((await held()).length).toBe(3);
  });

  it('without --delete-old: warned, nothing deleted', async () => {
    const w = await world();
    const r = await run(['rotate', '--domain', 'o.example.test', '--to', w.fresh, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([`the new certificate expires ${utc8(w.dates.fresh)}, before ${w.longer} (${utc8(w.dates.longer)}), which it replaces: check that it is the renewal you meant`]);
    expect((await held()).length).toBe(3);
  });
});

describe('rotate to a certificate that expires hours before the old one (the same day)', () => {
  it('is no shorter renewal: no warning, and --delete-old deletes the old one', async () => {
    const end = Date.now() + 300 * 86_400_000;
    const [fresh, old] = (await t.emu.seed({ certificates: [
      { name: 'new', domain: 'h.example.test', not_after: new Date(end).toISOString() },
      { name: 'old', domain: 'h.example.test', not_after: new Date(end + 3 * 3_600_000).toISOString() },
    ] })).certificates as [string, string];
    const r = await run(['rotate', old, '--to', fresh, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([]);
    expect(JSON.parse(r.stdout).deleted).toEqual([old]);
  });
});

describe('old ids given with --delete-old', () => {
  it('ShowCertificate is asked once per old id: its expiry and its names (for the ELB it is on) come from one answer', async () => {
    const [fresh, old] = (await t.emu.seed({ certificates: [
      { name: 'new', domain: 'e.example.test', not_after: inDays(300) },
      { name: 'old', domain: 'e.example.test', not_after: inDays(10) },
    ] })).certificates as [string, string];
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-e', certificate_id: old }] });
    const r = await run(['rotate', old, '--to', fresh, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).deleted).toEqual([old]);
    // One show for the new certificate (--to), one for the old.
    expect((await t.emu.state()).requests.byOperation.show).toBe(2);
  });
});

describe('rotate --domain D to a certificate that does not cover D', () => {
  it('is refused offline (exit 1, rotate-domain-not-covered), nothing deployed, uploaded or deleted; in Chinese too', async () => {
    const [fresh, old] = (await t.emu.seed({ certificates: [
      { name: 'new', domain: 'other.example.test', not_after: inDays(300) },
      { name: 'old', domain: 'shop.example.test', not_after: inDays(10) },
    ] })).certificates as [string, string];
    const r = await run(['rotate', '--domain', 'shop.example.test', '--to', fresh, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'refused', new: fresh, old: [old], findings: [{ rule: 'rotate-domain-not-covered', severity: 'error', message: 'the new certificate does not cover the --domain whose certificates it would replace: shop.example.test (the certificate names other.example.test)' }] });
    const zh = await run(['rotate', '--domain', 'shop.example.test', '--to', fresh, '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('新证书没有覆盖 --domain 指定的域名，却要替换该域名的证书');
    const state = await t.emu.state();
    expect([state.requests.byOperation.deploy, state.requests.byOperation.delete, state.certificates.length]).toEqual([undefined, undefined, 2]);
  });
});

describe('rotate --domain D to files that do not cover D, with --json', () => {
  it('the refused document carries the certificate as validate read it, as a refusal by validate does (README)', async () => {
    const [old] = (await t.emu.seed({ certificates: [{ name: 'old', domain: 'shop.example.test', not_after: inDays(10) }] })).certificates as [string];
    const b = makeBundle(join(t.dir, 'other'), { cn: 'other.example.test' });
    const r = await run(['rotate', '--domain', 'shop.example.test', '--cert', b.fullchain, '--key', b.key, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ status: 'refused', new: null, old: [old], upload: null, findings: [{ rule: 'rotate-domain-not-covered', severity: 'error' }] });
    expect(doc.certificate).toMatchObject({ subject: 'CN=other.example.test', names: ['other.example.test', 'www.other.example.test'] });
    expect((await t.emu.state()).requests.byOperation.import).toBeUndefined();
  });
});

describe('rotate says expiry times as show does', () => {
  it('in SCM\'s zone (UTC+8), so that a certificate expiring at 20:30 UTC is on the next day, as show and list say', async () => {
    const [fresh, older] = (await t.emu.seed({ certificates: [
      { name: 'late', domain: 'z.example.test', not_after: '2027-03-01T20:30:00Z' },
      { name: 'later', domain: 'z.example.test', not_after: '2027-09-01T20:30:00Z' },
    ] })).certificates as [string, string];
    const show = await run(['show', fresh]);
    expect(show.stdout).toContain('2027-03-02 04:30 (UTC+8)');
    const r = await run(['rotate', older, '--to', fresh, '--delete-old', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`rotation to ${fresh} (z.example.test; expires 2027-03-02 04:30 (UTC+8)) from ${older}`);
    expect(r.stderr).toContain(`the new certificate expires 2027-03-02 04:30 (UTC+8), before ${older} (2027-09-02 04:30 (UTC+8))`);
    const zh = await run(['rotate', older, '--to', fresh, '--delete-old', '--dry-run', '--lang', 'zh']);
    expect(zh.stdout.split('\n')[0]).toBe(`轮换为 ${fresh}（z.example.test；到期时间 2027-03-02 04:30（UTC+8））；旧证书：${older}`);
    expect(zh.stderr).toContain(`新证书的到期时间为 2027-03-02 04:30（UTC+8），早于它所替换的 ${older}（到期时间 2027-09-02 04:30（UTC+8））`);
  });
});
