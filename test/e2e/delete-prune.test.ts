// `scm delete` and `scm prune` through the built binary against the emulator: a deployed certificate refused
// (exit 1, where it is used, scm rotate suggested) while the others are deleted, --force, a region SCM
// cannot count (is_error) treated as "maybe in use", an id SCM does not hold (400 SCM.0008 or 404) as
// already deleted on stderr with exit 0, --dry-run deleting nothing, a batch that stops part way reporting
// every row, and prune's plan (newest, deployed, bought, superseded) with --keep, --expired and --json.
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { interruptAt } from '../helpers/interrupt.js';

const t = withEmulator('delete', { bundle: false });
const { run, outputs } = cliRecorder(() => t.env());
const DAY = 86_400_000;
const inDays = (n: number): string => new Date(Date.now() + n * DAY).toISOString();
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));
const held = async (): Promise<string[]> => (await t.emu.state()).certificates.map((c) => c.id).sort();

describe('a batch of more than ten deletes', () => {
  it('says nothing but the rows and the result: no Node warning of a listener leak (one per pause, removed with it)', async () => {
    const ids = (await t.emu.seed({ certificates: Array.from({ length: 12 }, (_, i) => ({ name: `many-${i}`, domain: 'many.example.test' })) })).certificates as string[];
    const r = await run(['delete', ...ids, '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/MaxListenersExceededWarning|Warning/);
    expect(await held()).toEqual([]);
  });
});

describe('a certificate deployed while a batch of deletes runs', () => {
  it('delete: looked at again before its delete, it is not deleted (refused, exit 1); the others are', async () => {
    const ids = (await t.emu.seed({ certificates: Array.from({ length: 10 }, (_, i) => ({ name: `race-${i}`, domain: 'race.example.test' })) })).certificates as string[];
    const last = ids.at(-1)!;
    // About a second in (deletes go at four a second), someone deploys the last one.
    const deployLater = new Promise<void>((done) => setTimeout(() => void t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-race', certificate_id: last }] }).then(() => done()), 1000));
    const r = await run(['delete', ...ids, '--json']);
    await deployLater;
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.at(-1)).toMatchObject({ id: last, result: 'refused', reason: 'deployed', deployedTo: [expect.objectContaining({ service: 'ELB', region: 'cn-north-4', resourceId: 'elb-race' })] });
    expect(doc.deleted).toEqual(ids.slice(0, -1));
    expect(await held()).toEqual([last]);
  });
});

describe('scm delete', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeEach(async () => {
    [a, b, c] = (await t.emu.seed({ certificates: ['a', 'b', 'c'].map((n) => ({ name: n, domain: `${n}.example.test` })) })).certificates as [string, string, string];
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'lb-cert', name: 'shop-lb', certificate_id: a }, { service: 'CDN', kind: 'domain', id: 'a.example.test', certificate_id: a }] });
  });

  it('refuses the deployed one (exit 1, where, scm rotate), deletes the others, asks ListDeployedResources first', async () => {
    const r = await run(['delete', a, b, c]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe([
      `ID                RESULT   NOTE`,
      `${a}  refused  deployed to CDN, ELB cn-north-4; move what uses it to another certificate first (scm rotate), or --force`,
      `${b}  deleted  not deployed anywhere`,
      `${c}  deleted  not deployed anywhere`,
      '',
    ].join('\n'));
    expect(said(r.stderr)).toEqual([`scm: refused to delete 1 certificate that may be in use: ${a}`, 'hint: scm rotate moves what uses it to a new certificate; --force deletes it anyway']);
    expect(await held()).toEqual([a]);
    expect((await t.emu.state()).requests.byOperation).toEqual({ 'deployed-resources': 1, delete: 2 });
    expect(said((await run(['delete', a, '--lang', 'zh'])).stderr).at(-1)).toBe('提示：`scm rotate` 可把使用它的资源换成新证书；加 --force 则仍然删除');
  });

  it('--force deletes it anyway, and says so; its CDN and ELB copies stay', async () => {
    const r = await run(['delete', a, '--force', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1, dryRun: false, deleted: [a],
      results: [{ id: a, result: 'deleted', error: null, requestId: expect.stringMatching(/^[0-9a-f]{32}$/), reason: 'deployed', forced: true,
        deployedTo: [{ service: 'CDN', region: 'global', location: 'global', resourceId: 'a.example.test', resourceName: 'a.example.test' }, { service: 'ELB', region: 'cn-north-4', location: 'region', resourceId: 'lb-cert', resourceName: 'shop-lb' }], deploymentUnknown: [] }],
    });
    expect(r.stderr).toBe('');
    expect(await held()).toEqual([b, c].sort());
    expect((await t.emu.state()).resources.map((x) => x.certificateId)).toEqual([a, a]);
  });

  it('a region SCM cannot count (is_error) means "maybe in use": refused unless --force', async () => {
    await t.emu.seed({ unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }] });
    const r = await run(['delete', b]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${b}  refused  SCM cannot tell whether it is deployed in WAF ap-southeast-1 (is_error); try again later, or --force`);
    expect(await held()).toContain(b);
  });

  it('an id SCM does not hold while a region is is_error: already deleted (exit 0), not refused as maybe in use; a held one still is', async () => {
    await t.emu.seed({ unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }] });
    for (const dry of [['--dry-run'], []]) {
      const r = await run(['delete', 'scs1700000000999', ...dry]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^scs1700000000999 +already deleted \(SCM does not hold it\)/m);
      expect(r.stderr).toContain('scs1700000000999: already deleted (SCM does not hold it)');
    }
    const zh = await run(['delete', 'scs1700000000999', b, '--lang', 'zh', '--json']);
    expect(zh.code).toBe(1);
    expect((JSON.parse(zh.stdout) as { results: unknown[] }).results).toEqual([
      expect.objectContaining({ id: 'scs1700000000999', result: 'already-deleted', reason: 'not-found' }),
      expect.objectContaining({ id: b, result: 'refused', reason: 'deployment-unknown' }),
    ]);
    expect((await t.emu.state()).requests.byOperation.delete).toBeUndefined();
    expect(await held()).toContain(b);
  });

  it('ListDeployedResources refusing an id SCM does not hold (SCM.0008 for the whole request): ShowCertificate tells which, the held ones are looked up again; exit 0', async () => {
    const refusing = { op: 'deployed-resources', answer: { status: 400, body: { error_code: 'SCM.0008', error_msg: 'Abnormal certificate ID.' } } };
    await t.emu.fault({ ...refusing, times: 1 });
    const r = await run(['delete', 'scs1700000000999', b]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^scs1700000000999 +already deleted \(SCM does not hold it\)/m);
    expect(r.stdout).toMatch(new RegExp(`^${b} +deleted +not deployed anywhere$`, 'm'));
    expect(await held()).not.toContain(b);
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ 'deployed-resources': 2, delete: 1 });
    // Alone, and every look-up refused: nothing to delete, exit 0 (a rerun after success), en and zh.
    await t.emu.fault({ ...refusing, times: 10 });
    for (const lang of ['en', 'zh']) {
      const again = await run(['delete', 'scs1700000000999', '--lang', lang]);
      expect(again.code, again.stderr).toBe(0);
    }
    // One SCM holds, refused all the same: the look-up's failure stands (exit 4), nothing deleted.
    const c2 = await run(['delete', c]);
    expect(c2.code).toBe(4);
    expect(await held()).toContain(c);
  });

  it.each([[400], [404]])('an id SCM does not hold (SCM.0008 with %i) is already deleted: its row, said on stderr, exit 0; the dry run says the same', async (status) => {
    await t.emu.options({ unknown_id_status: status });
    const dry = await run(['delete', 'scs1700000000999', b, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe([
      'ID                RESULT                                  NOTE',
      'scs1700000000999  already deleted (SCM does not hold it)  no certificate with this id in SCM: deleted before, or a mistyped id',
      `${b}  would be deleted (dry run)              not deployed anywhere`,
      '',
    ].join('\n'));
    expect(said(dry.stderr)).toEqual(['scs1700000000999: already deleted (SCM does not hold it)', 'dry run: nothing was deleted']);
    const zh = await run(['delete', 'scs1700000000999', '--dry-run', '--lang', 'zh', '--json']);
    expect(JSON.parse(zh.stdout)).toMatchObject({ dryRun: true, results: [{ id: 'scs1700000000999', result: 'already-deleted', reason: 'not-found', forced: false }], deleted: [] });
    expect((await run(['delete', 'scs1700000000999', '--dry-run', '--lang', 'zh'])).stdout).toMatch(/^scs1700000000999 +已不存在（SCM 中没有这张证书） +SCM 中没有此 ID 的证书：之前已删除，或 ID 输错$/m);
    expect((await t.emu.state()).requests.byOperation.delete).toBeUndefined();
    const r = await run(['delete', 'scs1700000000999', b]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe([
      'ID                RESULT                                  NOTE',
      'scs1700000000999  already deleted (SCM does not hold it)  no certificate with this id in SCM: deleted before, or a mistyped id',
      `${b}  deleted                                 not deployed anywhere`,
      '',
    ].join('\n'));
    expect(said(r.stderr)).toEqual(['scs1700000000999: already deleted (SCM does not hold it)']);
    const j = await run(['delete', b, '--json']);
    expect(j.code).toBe(0);
    expect((JSON.parse(j.stdout) as { results: unknown[] }).results).toEqual([expect.objectContaining({ id: b, result: 'already-deleted', reason: 'not-found' })]);
    expect(JSON.parse(j.stderr)).toEqual({ schemaVersion: 1, warning: { message: `${b}: already deleted (SCM does not hold it)`, id: b } });
    // --force past a region SCM cannot count: nothing was deleted, so nothing was forced.
    await t.emu.seed({ unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }] });
    const f = await run(['delete', 'scs1700000000999', '--force', '--json']);
    expect(f.code, f.stderr).toBe(0);
    expect((JSON.parse(f.stdout) as { results: unknown[] }).results).toEqual([expect.objectContaining({ id: 'scs1700000000999', result: 'already-deleted', reason: 'not-found', forced: false })]);
  });

  it('an id SCM does not hold, left out of ListDeployedResources\' answer: ShowCertificate says so, not found (exit 0), never "may be in use"', async () => {
    // A service that answers only for the certificates it holds: the results name b alone.
    await t.emu.fault({ op: 'deployed-resources', times: 10, answer: { status: 200, body: { results: [{ certificate_id: b, total_num: 0, deployed_resources: [] }] } } });
    for (const dry of [['--dry-run'], []]) {
      const r = await run(['delete', 'scs1700000000999', b, ...dry, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toEqual([
        expect.objectContaining({ id: 'scs1700000000999', result: 'already-deleted', reason: 'not-found', forced: false }),
        expect.objectContaining({ id: b, result: dry.length ? 'would-delete' : 'deleted', reason: 'not-deployed' }),
      ]);
      expect(r.stderr).toContain('scs1700000000999: already deleted (SCM does not hold it)');
    }
    expect((await t.emu.state()).requests.byOperation.delete).toBe(1);
    // One SCM holds but left out is still refused: where it is deployed is not known.
    const kept = await run(['delete', c, '--lang', 'zh']);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toMatch(new RegExp(`^${c} +拒绝删除 +SCM 的应答中没有它的结果`, 'm'));
    expect(await held()).toContain(c);
  });

  it('--dry-run: what would happen, nothing deleted; exit 1 when one would be refused', async () => {
    const r = await run(['delete', a, b, '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${b}  would be deleted (dry run)  not deployed anywhere`);
    expect(said(r.stderr)[0]).toBe('dry run: nothing was deleted');
    expect(await held()).toEqual([a, b, c].sort());
    expect((await t.emu.state()).requests.byOperation.delete).toBeUndefined();
    expect((await run(['delete', b, c, '--dry-run'])).code).toBe(0);
  });

  it('a service failure part way: every row on stdout (deleted, failed, not attempted), exit 5', async () => {
    await t.emu.fault({ op: 'delete', after: 1, times: 20, status: 502 });
    const r = await run(['delete', b, c, 'scs1700000000998', '--retries', '0']);
    expect(r.code).toBe(5);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(1).map((l) => l.split(/ {2,}/).slice(0, 2))).toEqual([[b, 'deleted'], [c, expect.stringMatching(/^failed: SCM could not complete deleting the certificate: APIGW\.0201/)], ['scs1700000000998', 'not attempted: the run stopped first']]);
    expect(said(r.stderr)[0]).toMatch(/^scm: SCM could not complete deleting the certificate: APIGW\.0201 Backend unavailable\./);
    expect(await held()).toEqual([a, c].sort());
  });

  it('in Chinese', async () => {
    const r = await run(['delete', a, b, '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${a}  拒绝删除  已部署到 CDN、ELB cn-north-4；请先把使用它的资源换成别的证书（\`scm rotate\`），或加 --force`);
    expect(r.stdout).toContain(`${b}  已删除    未部署到任何地方`);
    expect(said(r.stderr)[0]).toBe(`scm: 拒绝删除 1 张可能仍在使用的证书：${a}`);
  });
});

describe('scm prune', () => {
  let ids: Record<string, string>;
  const NAMES = ['www.example.test', 'example.test'];
  beforeEach(async () => {
    // In upload order (ids grow with it): the last upload of the group is also its newest by expiry.
    const certs = [
      { name: 'old', domain: NAMES[0], sans: NAMES, not_after: inDays(-30) },
      { name: 'used', domain: NAMES[0], sans: NAMES, not_after: inDays(10) },
      { name: 'mid', domain: NAMES[0], sans: NAMES, not_after: inDays(20) },
      { name: 'new', domain: NAMES[0], sans: NAMES, not_after: inDays(80) },
      { name: 'solo', domain: NAMES[0], not_after: inDays(5) },
      { name: 'bought', domain: NAMES[0], sans: NAMES, status: 'ISSUED', type: 'DV_SSL_CERT', brand: 'GEOTRUST', not_after: inDays(-1) },
      { name: 'elsewhere', domain: 'blog.example.test', not_after: inDays(-50) },
    ];
    const made = (await t.emu.seed({ certificates: certs })).certificates;
    ids = Object.fromEntries(certs.map((x, i) => [x.name, made[i]!]));
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'lb-1', certificate_id: ids.used }] });
  });

  it('--dry-run: one row per certificate with its action and reason; nothing deleted', async () => {
    const r = await run(['prune', '--domain', 'www.example.test', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split(/ {2,}/));
    expect(rows[0]).toEqual(['ID', 'NAME', 'EXPIRES (UTC+8)', 'PLAN']);
    expect(rows.slice(1).map(([id, name, , plan]) => [id, name, plan])).toEqual([
      [ids.new, 'new', 'keep: newest'],
      [ids.mid, 'mid', `delete: superseded by ${ids.new}`],
      [ids.used, 'used', 'keep: deployed to ELB cn-north-4'],
      [ids.old, 'old', `delete: superseded by ${ids.new}`],
      [ids.solo, 'solo', 'keep: newest'],
      [ids.bought, 'bought', 'keep: bought through SCM (prune deletes imported certificates only)'],
    ]);
    expect(said(r.stderr)).toEqual(['dry run: 2 certificates would be deleted; nothing was deleted']);
    expect((await t.emu.state()).certificates).toHaveLength(7);
    // Deployments were asked about the candidates only.
    expect((await t.emu.state()).requests.byOperation).toEqual({ list: 1, 'deployed-resources': 1 });
  });

  it('deletes the superseded ones, keeps the newest, the deployed and the bought; a rerun finds nothing to do', async () => {
    const r = await run(['prune', '--domain', 'www.example.test']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ID +NAME +EXPIRES \(UTC\+8\) +PLAN +RESULT$/);
    expect(r.stdout).toMatch(new RegExp(`${ids.mid} +mid .* delete: superseded by ${ids.new} +deleted\n`));
    expect(said(r.stderr)).toEqual(['2 certificates deleted, 4 kept']);
    expect(await held()).toEqual([ids.new, ids.used, ids.solo, ids.bought, ids.elsewhere].sort());
    const again = await run(['prune', '--domain', 'www.example.test', '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { plan: Array<{ action: string }>; deleted: string[] }).deleted).toEqual([]);
  });

  it('--keep 2 and --expired; --json carries the plan with each result', async () => {
    const r = await run(['prune', '--domain', 'www.example.test', '--keep', '2', '--expired', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { plan: Array<Record<string, unknown>> } & Record<string, unknown>;
    expect(doc).toMatchObject({ schemaVersion: 1, dryRun: false, domain: 'www.example.test', keep: 2, expiredOnly: true, complete: true, deleted: [ids.old] });
    expect(doc.plan.map((e) => [e.name, e.action, e.reason, e.result])).toEqual([
      ['new', 'keep', 'newest', null], ['mid', 'keep', 'newest', null], ['used', 'keep', 'not-expired', null], ['old', 'delete', 'superseded', 'deleted'],
      ['solo', 'keep', 'newest', null], ['bought', 'keep', 'purchased', null],
    ]);
    expect(doc.plan[3]).toMatchObject({ id: ids.old, names: NAMES, supersededBy: ids.new, status: 'UPLOAD', origin: 'imported', deployedTo: [], deploymentUnknown: [], error: null });
    expect(doc.plan[3]!.notAfter).toMatch(/\+08:00$/);
    expect(r.stderr).toBe('');
    const dry = JSON.parse((await run(['prune', '--domain', 'www.example.test', '--dry-run', '--json'])).stdout) as typeof doc;
    expect(dry.plan.find((e) => e.name === 'used')).toMatchObject({ action: 'keep', reason: 'deployed', result: null, deployedTo: [{ service: 'ELB', region: 'cn-north-4', location: 'region', resourceId: 'lb-1', resourceName: 'lb-1' }] });
    expect(dry).toMatchObject({ dryRun: true, deleted: [] });
    // Only the candidates were looked up: the others' deployments are null (not looked up), never [].
    expect(dry.plan.filter((e) => e.name === 'new' || e.name === 'bought').map((e) => [e.name, e.deployedTo, e.deploymentUnknown])).toEqual([['new', null, null], ['bought', null, null]]);
  });

  it('ids that do not follow upload order: the certificate SCM lists first (uploaded last) is kept, as is the greatest id', async () => {
    // A renewal hook's prune right after uploading q-renewed (expires before q-1year; its id is the smallest).
    await t.emu.reset();
    await t.emu.seed({ certificates: [
      { id: 'scs6000000000001', name: 'q-renewed', domain: 'q.example.org', sans: ['q.example.org'], not_after: inDays(30), created_at: inDays(-1) },
      { id: 'scs6000000000002', name: 'q-1year', domain: 'q.example.org', sans: ['q.example.org'], not_after: inDays(180), created_at: inDays(-300) },
      { id: 'scs6000000000003', name: 'q-older', domain: 'q.example.org', sans: ['q.example.org'], not_after: inDays(20), created_at: inDays(-600) },
      { id: 'scs6000000000000', name: 'q-oldest', domain: 'q.example.org', sans: ['q.example.org'], not_after: inDays(10), created_at: inDays(-700) },
    ] });
    const r = await run(['prune', '--domain', 'q.example.org', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { plan: Array<Record<string, unknown>>; deleted: string[] };
    expect(doc.plan.map((e) => [e.name, e.action, e.reason])).toEqual([
      ['q-1year', 'keep', 'newest'], ['q-renewed', 'keep', 'latest-upload'], ['q-older', 'keep', 'latest-upload'], ['q-oldest', 'delete', 'superseded'],
    ]);
    expect(await held()).toEqual(['scs6000000000001', 'scs6000000000002', 'scs6000000000003']);
    // The order is asked for by name, not left to the server's default.
    const dbg = await run(['prune', '--domain', 'q.example.org', '--dry-run', '--debug']);
    expect(dbg.stderr).toMatch(/sort_dir=DESC&sort_key=certUpdateTime|sort_key=certUpdateTime&sort_dir=DESC/);
  });

  it('a name SCM lists in punycode (xn--) and the same name in Unicode are one set of names: the older is superseded', async () => {
    await t.emu.reset();
    await t.emu.seed({ certificates: [
      { id: 'scs6100000000001', name: 'idn-old', domain: 'xn--bcher-kva.example.com', sans: ['xn--bcher-kva.example.com'], not_after: inDays(30), created_at: inDays(-60) },
      { id: 'scs6100000000002', name: 'idn-new', domain: 'bücher.example.com', sans: ['bücher.example.com'], not_after: inDays(90), created_at: inDays(-1) },
    ] });
    for (const d of ['bücher.example.com', 'xn--bcher-kva.example.com']) {
      const r = await run(['prune', '--domain', d, '--dry-run', '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { plan: Array<Record<string, unknown>> }).plan.map((e) => [e.name, e.action, e.reason, e.supersededBy ?? null])).toEqual([
        ['idn-new', 'keep', 'newest', null], ['idn-old', 'delete', 'superseded', 'scs6100000000002'],
      ]);
    }
    const l = await run(['list', '--domain', 'bücher.example.com', '-q']);
    expect(l.stdout).toBe('scs6100000000002\nscs6100000000001\n');
  });

  it('stops when SCM fails part way, with what was deleted on stdout; exit 5', async () => {
    await t.emu.fault({ op: 'delete', after: 1, times: 20, status: 502 });
    const r = await run(['prune', '--domain', 'www.example.test', '--retries', '0', '--json']);
    expect(r.code).toBe(5);
    const doc = JSON.parse(r.stdout) as { plan: Array<Record<string, unknown>>; deleted: string[] };
    expect(doc.deleted).toEqual([ids.mid]);
    expect(doc.plan.filter((e) => e.action === 'delete').map((e) => [e.name, e.result])).toEqual([['mid', 'deleted'], ['old', 'failed']]);
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error).toMatchObject({ exitCode: 5, code: 'APIGW.0201' });
  });

  it('Ctrl-C during a delete: exit 130, and stdout says what was deleted and what may have been', async () => {
    await t.emu.fault({ op: 'delete', after: 1, delay_ms: 3000 });
    const r = await interruptAt(t.emu, ['prune', '--domain', 'www.example.test'], { HOME: t.dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: t.emu.url }, { op: 'delete', nth: 2, signal: 'SIGINT' });
    expect(r.code).toBe(130);
    expect(r.stdout).toMatch(new RegExp(`${ids.mid} .* delete: superseded by ${ids.new} +deleted\n`));
    expect(r.stdout).toMatch(new RegExp(`${ids.old} .* delete: superseded by ${ids.new} +interrupted: it may or may not have been deleted\n`));
    expect(said(r.stderr).pop()).toBe('scm: interrupted');
    await t.emu.settled();
  });

  it('needs --domain (exit 2, nothing sent); a domain nothing covers is exit 0 and said on stderr', async () => {
    const r = await run(['prune']);
    expect([r.code, said(r.stderr)[0]]).toEqual([2, 'scm: scm prune needs --domain HOST: the certificates to consider are those whose names cover it']);
    expect((await run(['prune', '--domain', 'x.test', '--keep', '0'])).code).toBe(2);
    expect((await t.emu.state()).requests.total).toBe(0);
    const none = await run(['prune', '--domain', 'nothing.test']);
    expect([none.code, none.stdout, said(none.stderr)]).toEqual([0, '', ['no certificate in SCM covers nothing.test']]);
  });

  it('pages that run out before SCM\'s count: said as what SCM did, and "none" only of what was read (both languages)', async () => {
    await t.emu.fault({ op: 'list', times: 4, answer: { status: 200, body: { certificates: [], total_count: 100 } } });
    const r = await run(['prune', '--domain', 'nothing.test']);
    expect([r.code, said(r.stderr)]).toEqual([0, [
      'warning: SCM counts 100 certificates but its pages held 0 (read twice); prune deletes only what it read, and only what a newer certificate supersedes',
      'no certificate read from SCM covers nothing.test',
    ]]);
    const zh = await run(['prune', '--domain', 'nothing.test', '--lang', 'zh']);
    expect(said(zh.stderr)).toEqual([
      '警告：SCM 统计有 100 张证书，但分页只返回了 0 张（已读取两次）；清理只处理已读取的证书，而且只删除已被更新的证书取代的那些',
      '已读取的证书中没有覆盖 nothing.test 的证书',
    ]);
  });

  it('in Chinese: the plan reads as Chinese', async () => {
    const r = await run(['prune', '--domain', 'www.example.test', '--dry-run', '--lang', 'zh']);
    expect(r.stdout.split('\n')[0]).toMatch(/^ID +名称 +到期（UTC\+8） +计划$/);
    expect(r.stdout).toContain(`删除：已被 ${ids.new} 取代`);
    expect(r.stdout).toContain('保留：已部署到 ELB cn-north-4');
    expect(said(r.stderr)).toEqual(['试运行：将删除 2 张证书；没有删除任何证书']);
  });
});

it('no output carries the secret key', () => {
  expect(outputs.length).toBeGreaterThan(15);
  for (const o of outputs) expect(o.stdout + o.stderr, o.args.join(' ')).not.toContain(TEST_SK);
});
