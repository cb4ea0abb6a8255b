// More certificates than the offset cap lets one read reach (counted in items: 150): `scm list` and `prune`
// read the same sort the other way too, so up to 300 are listed whole (exit 0, no warning, --json complete);
// beyond that what is missing is still said, with how many were read. Ties in the sort key ordered
// differently each way leave a gap: said, never "complete".
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('past-cap', { bundle: false });
const { run } = cliRecorder(() => t.env());
const DAY = 86_400_000;
/** `n` imported certificates for one domain, a minute apart, expiring a day apart. */
const seed = (n: number, domain = 'x.example.test') =>
  t.emu.seed({ certificates: Array.from({ length: n }, (_, i) => ({ name: `c-${i}`, domain, not_after: new Date(Date.now() + (i + 10) * DAY).toISOString(), created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })) });

describe('scm list past the offset cap', () => {
  it.each([151, 300])('%i certificates, counted in items: every one listed, no warning, --json complete', async (n) => {
    await seed(n);
    const q = await run(['list', '-q']);
    expect([q.code, q.stderr.split('\n').filter((l) => l.startsWith('warning'))]).toEqual([0, []]);
    expect(new Set(q.stdout.trim().split('\n')).size).toBe(n);
    const j = await run(['list', '--json', '--sort', 'expiry']);
    const doc = JSON.parse(j.stdout) as { certificates: unknown[]; complete?: boolean; incomplete?: unknown };
    expect([j.code, doc.certificates.length, doc.incomplete]).toEqual([0, n, undefined]);
  });

  it('301: 300 listed, the one missing said (text and --json)', async () => {
    await seed(301);
    const q = await run(['list', '-q']);
    expect(q.code).toBe(0);
    expect(new Set(q.stdout.trim().split('\n')).size).toBe(300);
    expect(q.stderr).toMatch(/SCM lists 301 certificates, but its API lets scm read only 300 of them/);
    const j = await run(['list', '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ incomplete: { reason: 'offset-cap', reachable: 300, listed: 301 } });
  });

  it('prune --domain with 160 superseded certificates: the plan covers all of them', async () => {
    await seed(160);
    const r = await run(['prune', '--domain', 'x.example.test', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { plan: unknown[]; complete: boolean };
    expect([doc.plan.length, doc.complete]).toEqual([160, true]);
  });
});
