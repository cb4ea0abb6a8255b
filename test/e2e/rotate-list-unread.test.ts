// `scm rotate --domain D` in an account larger than ListCertificates' offset lets anyone page through (1,000
// certificates, counted in items: 300 readable). An old certificate for D uploaded between the two ends read,
// deployed on an ELB certificate and a CDN domain, was never found: the run said "nothing to do: no other
// certificate in SCM covers D" and exited 0, the resources left on the old certificate. It is not known to be
// done: the plan and the ending speak only of what was read, exit 1 (the real run and --dry-run), --json
// status "incomplete" with listIncomplete, and a hint to find the others and replace them by id (en and zh).
// The certificates read are still dealt with, and a rotation by id (no list read) is unchanged.
import { expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('rotate-unread', { bundle: false });
const { run } = cliRecorder(() => t.env());
const DAY = 86_400_000;
const NEW = 'scs1790000000001';
const OLD = 'scs1700000000001';
const inDays = (n: number): string => new Date(Date.now() + n * DAY).toISOString();

/** 1,000 other certificates a minute apart; OLD and NEW for www.shop.example.com uploaded in the middle. */
async function seedWorld(): Promise<void> {
  const at = (i: number): string => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const certificates: unknown[] = Array.from({ length: 1000 }, (_, i) => ({ name: `bulk-${i}`, domain: `h${i}.bulk.example.net`, not_after: inDays(30 + i), created_at: at(i) }));
  certificates.splice(500, 0,
    { id: OLD, name: 'shop-old', domain: 'shop.example.com', sans: ['shop.example.com', 'www.shop.example.com'], not_after: inDays(20), created_at: at(500) },
    { id: NEW, name: 'shop-new', domain: 'shop.example.com', sans: ['shop.example.com', 'www.shop.example.com'], not_after: inDays(200), created_at: at(501) });
  await t.emu.seed({
    certificates,
    resources: [
      { service: 'ELB', project: 'cn-north-4', id: 'elb-1', name: 'shop-lb', certificate_id: OLD },
      { service: 'CDN', kind: 'domain', id: 'www.shop.example.com', certificate_id: OLD },
    ],
  });
}

it('an old certificate past what the list lets scm read: not "nothing to do", exit 1, how to find it; nothing deployed or deleted', async () => {
  await seedWorld();
  const r = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--delete-old']);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toContain('from no other certificate read (none of those scm could read from SCM covers www.shop.example.com)');
  expect(r.stdout).toContain(`no other certificate that scm could read from SCM covers www.shop.example.com: ${NEW} replaced none of them`);
  expect(r.stdout).not.toContain('nothing to do');
  const said = r.stderr.split('\n').filter((l) => l.startsWith('scm: ') || l.startsWith('hint: '));
  expect(said).toEqual([
    'scm: not every certificate covering www.shop.example.com is known to be replaced: SCM lists 1002 certificates, but its API lets scm read only 300 of them (the offset of ListCertificates stops at 100); one among those not read may cover www.shop.example.com and still be deployed',
    `hint: find them with 'scm list --domain www.shop.example.com --search TEXT' (TEXT: part of their name or domain, so that SCM lists few enough to read whole), then replace them by id: 'scm rotate ID... --to ${NEW}'`,
  ]);
  const state = await t.emu.state();
  expect([state.requests.deploys, state.certificates.some((c) => c.id === OLD)]).toEqual([[], true]);

  const dry = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--dry-run', '-q']);
  expect([dry.code, dry.stdout]).toEqual([1, '']);
  const dryJson = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--dry-run', '--json']);
  expect([dryJson.code, JSON.parse(dryJson.stdout).status, JSON.parse(dryJson.stdout).listIncomplete?.message]).toEqual([1, 'planned', expect.stringContaining('SCM lists 1002 certificates')]);
  const json = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--json']);
  const doc = JSON.parse(json.stdout) as { status: string; old: string[]; listIncomplete?: { message: string } };
  expect([json.code, doc.status, doc.old, doc.listIncomplete?.message]).toEqual([1, 'incomplete', [], expect.stringContaining('SCM lists 1002 certificates')]);
  const zh = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--lang', 'zh']);
  expect(zh.code).toBe(1);
  expect(zh.stdout).toContain(`scm 能从 SCM 读取到的证书中没有其他证书涵盖 www.shop.example.com：${NEW} 没有替换任何证书`);
  expect(zh.stderr).toContain('提示：请用 `scm list --domain www.shop.example.com --search 关键词` 查找它们');

  // The hint's way: the search finds it, and a rotation by id (no list read) completes.
  const found = await run(['list', '--domain', 'www.shop.example.com', '--search', 'shop.example.com', '-q']);
  expect(found.stdout.split('\n')).toContain(OLD);
  const byId = await run(['rotate', OLD, '--to', NEW, '--delete-old']);
  expect(byId.code, byId.stderr).toBe(0);
  expect((await t.emu.state()).resources.map((x) => x.certificateId)).toEqual([NEW, NEW]);
}, 60_000);

it('the old certificates read are still rotated, and the run still says the list was read in part (exit 1)', async () => {
  await seedWorld();
  // One more old certificate for the domain, uploaded last: read (the newest end), deployed.
  await t.emu.seed({
    certificates: [{ id: 'scs1700000000002', name: 'shop-recent', domain: 'www.shop.example.com', not_after: inDays(40), created_at: new Date(Date.UTC(2026, 0, 1)).toISOString() }],
    resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-2', name: 'shop-lb-2', certificate_id: 'scs1700000000002' }],
  });
  const r = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--json']);
  const doc = JSON.parse(r.stdout) as { status: string; old: string[]; resources: Array<{ resource: string; result: string }> };
  expect([r.code, doc.status, doc.old, doc.resources.map((x) => [x.resource, x.result])]).toEqual([1, 'incomplete', ['scs1700000000002'], [['elb-2', 'deployed']]]);
  const text = await run(['rotate', '--domain', 'www.shop.example.com', '--to', NEW, '--delete-old']);
  expect(text.code).toBe(1);
  expect(text.stdout).toContain('scs1700000000002: deleted');
  expect(text.stdout).toContain(`every resource of the old certificates scm could read uses ${NEW}: 0 deployed, 1 unchanged`);
  expect(text.stderr).toContain('scm: not every certificate covering www.shop.example.com is known to be replaced');
}, 60_000);
