// `scm rotate OLD --domain D`: an old id given that the certificate list does not show (a list read in part, or
// one expired beyond what ListCertificates returns) is looked up with ShowCertificate. What that answer said (its
// names and expiry) was thrown away: an old certificate that outlives the new one, or names hosts the new one
// does not cover, was deleted by --delete-old where a listed one is kept; and an ELB/WAF one was shown twice.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('unlisted', { bundle: false });
const { run } = cliRecorder(() => t.env());
const OLD = 'scs1700000000001';
const NEW = 'scs1700000000009';
const ELB = 'elb00000000000000000000000000001';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
/** The list shows nothing: OLD, given by id, is found by ShowCertificate alone. */
const unlisted = (): Promise<void> => t.emu.fault({ op: 'list', answer: { status: 200, body: { certificates: [], total_count: 0 } }, times: 10 });

const world = (old: { sans: string[]; days: number }, resource: Record<string, unknown>) => t.emu.seed({
  certificates: [
    { id: OLD, name: 'old', domain: old.sans[0], sans: old.sans, not_after: inDays(old.days) },
    { id: NEW, name: 'new', domain: 'a.example.com', sans: ['a.example.com'], not_after: inDays(200) },
  ],
  resources: [{ ...resource, certificate_id: OLD }],
});
const CDN = { service: 'CDN', kind: 'domain', id: 'a.example.com' };

describe('an old id given beside --domain that the list does not show', () => {
  it.each([['listed', false], ['unlisted', true]])('%s: outliving the new one, it is said and --delete-old keeps it', async (_, hide) => {
    await world({ sans: ['a.example.com'], days: 400 }, CDN);
    if (hide) await unlisted();
    const r = await run(['rotate', OLD, '--domain', 'a.example.com', '--to', NEW, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'complete', deleted: [], kept: [{ id: OLD, reason: 'outlives' }] });
    expect(r.stderr).toContain(`--delete-old keeps ${OLD}`);
    expect((await t.emu.state()).certificates.map((c) => c.id)).toContain(OLD);
  });

  it.each([['listed', false], ['unlisted', true]])('%s: naming a host the new one does not cover, --delete-old keeps it', async (_, hide) => {
    await world({ sans: ['a.example.com', 'b.example.com'], days: 20 }, CDN);
    if (hide) await unlisted();
    const r = await run(['rotate', OLD, '--domain', 'a.example.com', '--to', NEW, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'complete', deleted: [], kept: [{ id: OLD, reason: 'wider' }] });
  });

  it('the plan says the outliving one is kept; on ELB it is shown once (ShowCertificate), not twice', async () => {
    await world({ sans: ['a.example.com'], days: 400 }, { service: 'ELB', project: 'cn-north-4', id: ELB });
    await unlisted();
    const r = await run(['rotate', OLD, '--domain', 'a.example.com', '--to', NEW, '--delete-old', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`but not ${OLD} (expiring after the new one)`);
    expect((await t.emu.state()).requests.byOperation.show).toBe(2); // NEW once, OLD once
  });
});
