// `scm list --expiring DAYS` with more certificates than the offset cap lets one read reach (300, read from
// both ends): the list is asked sorted by expiry, soonest first, so once the read passes the window every
// certificate that expires within it has been read: complete, no warning. Where the read cannot show that
// (the window reaches past what can be read, or SCM ignores the sort), it is still said incomplete.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('expiring-cap', { bundle: false });
const { run } = cliRecorder(() => t.env());
const DAY = 86_400_000;
/** `n` certificates, uploaded a minute apart (newest last), expiring a day apart from `first` days on, the soonest uploaded last. */
const seed = (n: number, first = -5) =>
  t.emu.seed({ certificates: Array.from({ length: n }, (_, i) => ({ name: `c-${i}`, domain: `h${i}.x.example.test`, not_after: new Date(Date.now() + (first + n - 1 - i) * DAY + 3_600_000).toISOString(), created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })) });

describe('list --expiring past the offset cap', () => {
  it.each([[] as string[], ['--sort', 'expiry'], ['--sort', 'status'], ['--asc']])('400 certificates, 35 within 30 days (5 expired): all 35, complete, no warning (%j)', async (...more) => {
    await seed(400);
    const r = await run(['list', '--expiring', '30', '-q', ...more.flat()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(35);
    const j = await run(['list', '--expiring', '30', '--json', ...more.flat()]);
    const doc = JSON.parse(j.stdout) as { certificates: { daysLeft: number }[]; complete: boolean; incomplete?: unknown };
    expect([j.code, doc.certificates.length, doc.complete, doc.incomplete]).toEqual([0, 35, true, undefined]);
    expect(Math.max(...doc.certificates.map((c) => c.daysLeft))).toBe(29);
  });

  it('SCM gives no total_count: the window is still proved read (complete); a wider one is said as before, with no count', async () => {
    await seed(400);
    await t.emu.options({ list_count: 'absent' });
    const j = await run(['list', '--expiring', '30', '--json']);
    const doc = JSON.parse(j.stdout) as { certificates: unknown[]; complete: boolean; incomplete?: unknown };
    expect([j.code, doc.certificates.length, doc.complete, doc.incomplete, j.stderr]).toEqual([0, 35, true, undefined, '']);
    const wide = await run(['list', '--expiring', '390', '--json']);
    expect(JSON.parse(wide.stdout)).toMatchObject({ complete: false, incomplete: { reason: 'offset-cap', listed: null } });
  });

  it('a window wider than what can be read (400 certificates, --expiring 390): said incomplete, as before', async () => {
    await seed(400);
    const r = await run(['list', '--expiring', '390', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ complete: false, incomplete: { reason: 'offset-cap' } });
  });

  it('--sort updated: SCM\'s upload order is kept, so the window cannot be proved read: incomplete, as before', async () => {
    await seed(400);
    const r = await run(['list', '--expiring', '30', '--json', '--sort', 'updated']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ complete: false, incomplete: { reason: 'offset-cap' } });
  });
});

describe('nothing matching in a list read in part', () => {
  it('says none of those read match, not that none match (the warning above says what is missing)', async () => {
    await seed(400, 100);
    await t.emu.options({ list_count: 50 });
    const r = await run(['list', '--domain', 'nowhere.example.test']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: /m);
    expect(r.stderr).toMatch(/^none of the \d+ certificates read from SCM match$/m);
    expect(r.stderr).not.toMatch(/^no certificates match$/m);
    const zh = await run(['list', '--domain', 'nowhere.example.test', '--lang', 'zh']);
    expect(zh.stderr).toMatch(/^已读取的 \d+ 张证书中没有符合条件的证书$/m);
  });
});
