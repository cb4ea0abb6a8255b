// `scm list` and `scm show` through the built binary against the emulator: every page under both readings
// of offset (with the request counts), what the offset cap hides (read from both ends) said on stderr, each filter and order,
// colours, -q, --json shapes, an empty result, both languages; show's fields, deployedTo, its two requests,
// and an unknown id (exit 4, SCM.0008) however SCM says it.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('list', { cn: 'shop.example.test' });
const { run } = cliRecorder(() => t.env());
const DAY = 86_400_000;
const inDays = (n: number): string => new Date(Date.now() + n * DAY).toISOString();
/** Lines of stderr that are not progress ("... ..."). */
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));

/** `n` certificates named bulk-<i>, uploaded a minute apart. */
const bulk = async (n: number): Promise<string[]> => (await t.emu.seed({
  certificates: Array.from({ length: n }, (_, i) => ({ name: `bulk-${i}`, domain: `h${i}.bulk.example.test`, created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })),
})).certificates;

describe.each(['items', 'pages'] as const)('scm list reads every page when offset counts %s', (unit) => {
  it('130 certificates: each once, complete, in the fewest requests the reading allows', async () => {
    await t.emu.options({ offset_unit: unit });
    const ids = await bulk(130);
    const q = await run(['list', '-q']);
    expect(q.code, q.stderr).toBe(0);
    // Newest upload first (SCM's default order), each page in its place: under pages the probe reads the last
    // page (2) before page 1, and its certificates were listed between the first page and the rest.
    expect(q.stdout.trim().split('\n')).toEqual([...ids].reverse());
    // items: offsets 0, 1 (the probe), 51, 100; pages: 0, 1, 2.
    expect((await t.emu.state()).requests.byOperation.list).toBe(unit === 'items' ? 4 : 3);
    const j = await run(['list', '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ schemaVersion: 1, total: 130, complete: true });
    expect(j.stderr).toBe('');
  });
});

describe('a search with a space', () => {
  it('is sent as %20 and signed so (a + would be read as a plus by the gateway, and the signature refused)', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'team blog 2026', domain: 'blog.example.test' }, { name: 'team-shop', domain: 'shop.example.test' }] })).certificates;
    const r = await run(['list', '--search', 'blog 2026', '-q', '--debug']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(id);
    expect(r.stderr).toContain('content=blog%202026');
    expect((await t.emu.state()).requests.unauthorized).toBe(0);
  });
});

describe('what the offset cap hides', () => {
  it('220 certificates counted as items: all listed, in SCM\'s order (the other end\'s, read the other way, last)', async () => {
    const ids = await bulk(220);
    const r = await run(['list', '-q']);
    expect(r.code, r.stderr).toBe(0);
    // Newest upload first down to the oldest: the 70 read from the other end (oldest first) were listed reversed.
    expect(r.stdout.trim().split('\n')).toEqual([...ids].reverse());
  });

  it('320 certificates counted as items: the 300 reachable (150 from each end of the order) listed, the rest said on stderr with how to narrow; exit 0', async () => {
    await bulk(320);
    const r = await run(['list', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(300);
    expect(said(r.stderr)).toEqual(['warning: SCM lists 320 certificates, but its API lets scm read only 300 of them (the offset of ListCertificates stops at 100); narrow it with --search TEXT or --status STATUS to see the rest']);
    const j = await run(['list', '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ total: 300, complete: false, incomplete: { reason: 'offset-cap', reachable: 300, listed: 320 } });
    expect(j.stderr.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ schemaVersion: 1, warning: { message: expect.stringMatching(/^SCM lists 320 certificates, .*; narrow it with --search/) } }]);
    // In Chinese the two sentences are joined with the full-width semicolon.
    expect(said((await run(['list', '-q', '--lang', 'zh'])).stderr).join('\n')).toMatch(/最大为 100）；请用 --search 或 --status 缩小范围/);
  });
});

describe('what the offset cap hides when SCM gives no count', () => {
  it('says it does not know how many (never a made-up count); --json listed: null', async () => {
    await bulk(170);
    await t.emu.options({ list_count: 'absent' });
    const r = await run(['list', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(said(r.stderr)).toEqual(['warning: SCM holds more certificates than its API lets scm read (150; the offset of ListCertificates stops at 100), and gives no count of them; narrow it with --search TEXT or --status STATUS to see the rest']);
    const j = await run(['list', '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ complete: false, incomplete: { reason: 'offset-cap', reachable: 150, listed: null } });
  });
});

describe('scm list: filters, order, output', () => {
  let ids: Record<string, string>;
  beforeEach(async () => {
    const names = ['wild', 'apex', 'www', 'expired', 'soon', 'bought', 'blog', 'shop'];
    const made = await t.emu.seed({ certificates: [
      { name: 'wild', domain: '*.example.test', not_after: inDays(200) },
      { name: 'apex', domain: 'example.test', not_after: inDays(100) },
      { name: 'www', domain: 'www.example.test', sans: ['www.example.test', 'example.test'], not_after: inDays(60) },
      { name: 'expired', domain: 'www.example.test', not_after: inDays(-3) },
      { name: 'soon', domain: 'www.example.test', not_after: inDays(10.5) },
      { name: 'bought', domain: 'www.example.test', status: 'ISSUED', type: 'DV_SSL_CERT', brand: 'GEOTRUST', not_after: inDays(300) },
      { name: 'blog', domain: 'blog.other.test', not_after: inDays(20) },
      { name: 'shop', pem: readFileSync(t.b.cert, 'utf8'), private_key: t.b.keyPem },
    ] });
    ids = Object.fromEntries(names.map((n, i) => [n, made.certificates[i]!]));
  });
  const idsOf = (stdout: string): string[] => stdout.trim().split('\n').filter(Boolean);
  const by = (...names: string[]): string[] => names.map((n) => ids[n]!);

  it('expired certificates are listed (scm asks for those expired up to 1095 days; the emulator, as the reference reads the API, lists none unless asked)', async () => {
    const [gone] = (await t.emu.seed({ certificates: [{ name: 'ancient', domain: 'www.example.test', not_after: inDays(-2000) }] })).certificates;
    const listed = idsOf((await run(['list', '--status', 'ALL', '-q'])).stdout);
    expect(listed).toContain(ids.expired);
    expect(listed).not.toContain(gone);
  });

  it('--domain keeps what covers the host as a TLS client would: *.d covers one label, never d itself', async () => {
    expect(idsOf((await run(['list', '--domain', 'www.example.test', '--sort', 'expiry', '-q'])).stdout)).toEqual(by('bought', 'wild', 'www', 'soon', 'expired'));
    expect(idsOf((await run(['list', '--domain', 'example.test', '--sort', 'expiry', '-q'])).stdout)).toEqual(by('apex', 'www'));
    expect(idsOf((await run(['list', '--domain', 'a.b.example.test', '-q'])).stdout)).toEqual([]);
  });

  it('pages answered {} after a full first page: never "complete and empty", the list is said to have changed', async () => {
    await bulk(60);
    await t.emu.fault({ op: 'list', after: 1, times: 20, answer: { status: 200, body: {} } });
    const r = await run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ complete: false, incomplete: { reason: 'changing' } });
    expect(r.stderr).toContain('the certificate list kept changing while scm read it');
  });

  it.each([
    ['a null entry', { certificates: [null], total_count: 1 }],
    ['an array for the whole answer', []],
    ['null for the whole answer', null],
    ['a string entry', { certificates: ['scs1700000000001'], total_count: 1 }],
  ])('%s: exit 5 with a readable message, never an empty, complete list or an internal error', async (_, body) => {
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 200, body } });
    for (const args of [['list'], ['list', '--json']]) {
      const r = await run(args);
      expect(r.code, r.stderr).toBe(5);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/SCM's answer to the certificate list is not a list of certificates \(a certificates array of objects, each with an id\)/);
      expect(r.stderr).not.toMatch(/internal error|Cannot read properties/);
    }
  });

  it('--expiring lists a certificate whose expiry cannot be read, and says so (a monitor must not give the all-clear)', async () => {
    const body = { certificates: [{ id: 'scs1700000000001', name: 'x', domain: 'a.example.test', expire_time: 'garbage', status: 'UPLOAD' }], total_count: 1 };
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 200, body } });
    const r = await run(['list', '--expiring', '30', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('scs1700000000001\n');
    expect(r.stderr).toContain('warning: 1 certificate has no expiry scm could read (scs1700000000001): listed, as it may be expiring');
    const zh = await run(['list', '--expiring', '30', '--json', '--lang', 'zh']);
    expect(JSON.parse(zh.stdout).certificates.map((c: { id: string; daysLeft: number | null }) => [c.id, c.daysLeft])).toEqual([['scs1700000000001', null]]);
    expect(zh.stderr).toContain('有 1 张证书的到期时间无法读取（scs1700000000001）：已列出，因为它们可能即将到期');
  });

  it('an expiry sent as epoch milliseconds in a string (the SDKs type it as a string) is read as the number form is', async () => {
    const at = Date.now() + 10.5 * DAY;
    const body = { certificates: [{ id: 'scs1700000000001', name: 'x', domain: 'a.example.test', expire_time: String(at), status: 'UPLOAD' }], total_count: 1 };
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 200, body } });
    const r = await run(['list', '--expiring', '30', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).certificates.map((c: { daysLeft: number | null }) => c.daysLeft)).toEqual([10]);
    expect(r.stderr).not.toContain('no expiry scm could read');
    const text = await run(['list']);
    expect(text.stdout).toMatch(/scs1700000000001 +x +a\.example\.test +20\d\d-\d\d-\d\d \d\d:\d\d +10 +UPLOAD\n/);
  });

  it('an expiry that does not exist (Feb 30, month 13, hour 25) is unreadable, never rolled over into another day: listed last, named', async () => {
    const soon = new Date(Date.now() + 5.5 * DAY + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    const entry = (n: number, expire_time: string) => ({ id: `scs170000000000${n}`, name: `x${n}`, domain: `x${n}.example.test`, expire_time: `${expire_time}.0`, status: 'UPLOAD' });
    const body = { certificates: [entry(1, '2099-02-30 08:00:00'), entry(2, soon), entry(3, '2099-13-01 08:00:00'), entry(4, '2099-05-27 25:00:00')], total_count: 4 };
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 200, body } });
    const r = await run(['list', '--expiring', '30', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(['scs1700000000002', 'scs1700000000001', 'scs1700000000003', 'scs1700000000004', ''].join('\n'));
    expect(r.stderr).toContain('warning: 3 certificates have no expiry scm could read (scs1700000000001, scs1700000000003, scs1700000000004): listed, as it may be expiring');
    const json = await run(['list', '--json']);
    expect(JSON.parse(json.stdout).certificates.map((c: { id: string; notAfter: string | null; daysLeft: number | null }) => [c.id, c.notAfter ?? null, c.daysLeft])).toEqual([
      ['scs1700000000001', null, null], ['scs1700000000002', expect.stringMatching(/^20\d\d-/), 5], ['scs1700000000003', null, null], ['scs1700000000004', null, null],
    ]);
  });

  it('SCM_NOW moves the clock of the verdicts, never the signature: list --expiring judges by it, and the gateway accepts the request', async () => {
    // Eighty days on, blog (at 20 days now), www and the others are expiring or expired; the request is still signed now.
    const later = await run(['list', '--expiring', '30', '-q'], { env: { SCM_NOW: inDays(80) } });
    expect(later.code, later.stderr).toBe(0);
    expect(idsOf(later.stdout)).toEqual(expect.arrayContaining([ids.expired, ids.soon, ids.blog]));
    expect(idsOf(later.stdout).length).toBeGreaterThan(3);
    const past = await run(['list', '-q'], { env: { SCM_NOW: '2020-01-01' } });
    expect(past.code, past.stderr).toBe(0);
  });

  it('--status and --search are asked of SCM; --asc reverses the order', async () => {
    const uploads = idsOf((await run(['list', '--status', 'UPLOAD', '--domain', 'www.example.test', '--sort', 'expiry', '--asc', '-q'])).stdout);
    expect(uploads).toEqual(by('expired', 'soon', 'www', 'wild'));
    expect(idsOf((await run(['list', '--search', 'blog', '-q'])).stdout)).toEqual(by('blog'));
    expect(idsOf((await run(['list', '--status', 'ISSUED', '-q'])).stdout)).toEqual(by('bought'));
  });

  it('--expiring DAYS: expired ones too, soonest first, red and yellow where colour is on', async () => {
    const r = await run(['list', '--expiring', '30']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID +NAME +DOMAIN +EXPIRES \(UTC\+8\) +DAYS +STATUS$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 2))).toEqual([[ids.expired, 'expired'], [ids.soon, 'soon'], [ids.blog, 'blog']]);
    expect(lines[1]).toMatch(/ -[34] +UPLOAD$/);
    expect(lines[2]).toMatch(/ 10 +UPLOAD$/);
    const coloured = await run(['list', '--expiring', '30'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    const rows = coloured.stdout.trim().split('\n');
    expect(rows[1]).toMatch(/\x1b\[31m\d{4}-\d\d-\d\d \d\d:\d\d\x1b\[39m +\x1b\[31m-[34]\x1b\[39m/);
    expect(rows[2]).toMatch(/\x1b\[33m\d{4}-\d\d-\d\d \d\d:\d\d\x1b\[39m +\x1b\[33m10\x1b\[39m/);
    expect(rows[3]).toContain('\x1b[33m');
  });

  it('--json: the contract fields, notAfter with its zone, and every field SCM sent', async () => {
    const r = await run(['list', '--domain', 'www.shop.example.test', '--json']);
    const doc = JSON.parse(r.stdout) as { certificates: Array<Record<string, unknown>> };
    expect(doc).toMatchObject({ schemaVersion: 1, total: 1, complete: true });
    const c = doc.certificates[0]!;
    expect(Object.keys(c).sort()).toEqual(['brand', 'daysLeft', 'deploy_support', 'description', 'domain', 'domain_count', 'domain_type', 'enterprise_project_id', 'expire_time', 'id', 'name', 'notAfter', 'notBefore', 'origin', 'sans', 'signature_algorithm', 'status', 'type', 'validity_period', 'wildcard_count'].sort());
    expect(c).toMatchObject({ id: ids.shop, name: 'shop', domain: 'shop.example.test', sans: ['shop.example.test', 'www.shop.example.test'], status: 'UPLOAD', origin: 'imported' });
    expect(c.notAfter).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    // expire_time (UTC+8, no zone) and notAfter name the same instant.
    expect(`${String(c.expire_time).slice(0, 19).replace(' ', 'T')}+08:00`).toBe(c.notAfter);
    expect(new Date(String(c.notAfter)).getTime()).toBe(new Date(new (await import('node:crypto')).X509Certificate(readFileSync(t.b.cert)).validTo).getTime());
    expect(c.daysLeft).toBeGreaterThan(36000);
    // ListCertificates gives no not_before: the key is there all the same, null (show's has it from ShowCertificate).
    expect(c.notBefore).toBeNull();
  });

  it('nothing matching: exit 0, "no certificates match" on stderr, nothing on stdout', async () => {
    const r = await run(['list', '--domain', 'nothing.test']);
    expect([r.code, r.stdout, said(r.stderr)]).toEqual([0, '', ['no certificates match']]);
    const zh = await run(['list', '--domain', 'nothing.test', '--lang', 'zh', '-q']);
    expect([zh.code, zh.stdout, said(zh.stderr)]).toEqual([0, '', ['没有符合条件的证书']]);
    const j = await run(['list', '--domain', 'nothing.test', '--json']);
    expect([j.code, JSON.parse(j.stdout), JSON.parse(j.stderr)]).toEqual([0, { schemaVersion: 1, certificates: [], total: 0, complete: true }, { schemaVersion: 1, warning: { message: 'no certificates match' } }]);
  });

  it('in Chinese: the headings', async () => {
    const r = await run(['list', '--lang', 'zh', '--search', 'blog']);
    expect(r.stdout.split('\n')[0]).toMatch(/^ID +名称 +域名 +到期（UTC\+8） +天数 +状态$/);
  });

  it('in Chinese: a status is named in Chinese in the table (UPLOAD 已上传, ISSUED 已签发), as SCM sends it in --json', async () => {
    const [up, bought] = (await t.emu.seed({ certificates: [{ name: 'up', domain: 'up.example.test' }, { name: 'bought', domain: 'bought.example.test', status: 'ISSUED' }] })).certificates;
    const r = await run(['list', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    const status = Object.fromEntries(r.stdout.trim().split('\n').slice(1).map((l) => [l.split(/\s+/)[0], l.split(/\s+/).at(-1)]));
    expect([status[up!], status[bought!]]).toEqual(['已上传', '已签发']);
    const j = JSON.parse((await run(['list', '--lang', 'zh', '--json'])).stdout) as { certificates: Array<{ id: string; status: string }> };
    expect([up, bought].map((x) => j.certificates.find((c) => c.id === x)?.status)).toEqual(['UPLOAD', 'ISSUED']);
    // A progress line in Chinese ends with its own ellipsis.
    expect(r.stderr).toBe('正在读取证书列表…\n');
  });

  it('a bad --status or --sort is a usage error (exit 2) that sends nothing', async () => {
    expect((await run(['list', '--status', 'HOSTED'])).code).toBe(2);
    expect((await run(['list', '--sort', 'name'])).code).toBe(2);
    expect((await t.emu.state()).requests.total).toBe(0);
  });
});

describe('scm show', () => {
  it('every field, the expiry, where it is deployed (ELB, CDN), and the e-mails; two requests', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'shop-2026', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates;
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-cert-1', name: 'shop-lb', certificate_id: id }, { service: 'CDN', kind: 'domain', id: 'shop.example.test', certificate_id: id }], unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }] });
    const before = (await t.emu.state()).requests.total;
    const r = await run(['show', id!]);
    expect(r.code, r.stderr).toBe(0);
    expect((await t.emu.state()).requests.byOperation).toEqual({ show: 1, 'deployed-resources': 1 });
    expect((await t.emu.state()).requests.total - before).toBe(2);
    const fp = new (await import('node:crypto')).X509Certificate(readFileSync(t.b.cert)).fingerprint.replace(/:/g, '').toLowerCase();
    expect(r.stdout).toMatch(new RegExp(`^id +${id}\nname +shop-2026\nstatus +UPLOAD\ntype +-\nbrand +-\ndomain +shop.example.test\nnames \\(sans\\) +shop.example.test, www.shop.example.test\n`));
    expect(r.stdout).toMatch(/\nvalid until +\d{4}-\d\d-\d\d \d\d:\d\d \(UTC\+8\), \d+ days left\n/);
    expect(r.stdout).toContain(`\nfingerprint (SHA-1)   ${fp}\n`);
    expect(r.stdout).toMatch(/\nexpiry e-mails +not reported by SCM's API/);
    expect(r.stdout).toMatch(/\ndeployed to\n  SERVICE +REGION +RESOURCE +NAME\n  CDN +global +shop.example.test +shop.example.test\n  ELB +cn-north-4 +elb-cert-1 +shop-lb\n  SCM cannot tell whether it is deployed in WAF ap-southeast-1 \(is_error\)\n$/);

    expect(r.stdout).toMatch(/\npush support +yes\n/);
    const zh = await run(['show', id!, '--lang', 'zh']);
    expect(zh.stdout).toMatch(/\n状态 +已上传\n/);
    expect(zh.stdout).toMatch(/\n是否支持推送 +是\n/);

    const j = JSON.parse((await run(['show', id!, '--json'])).stdout) as Record<string, unknown>;
    expect(j).toMatchObject({
      schemaVersion: 1,
      certificate: { id, name: 'shop-2026', fingerprint: fp, sans: ['shop.example.test', 'www.shop.example.test'], push_support: 'ON', enterprise_project_id: '0', origin: 'imported' },
      deployedTo: [
        { service: 'CDN', region: 'global', location: 'global', resourceId: 'shop.example.test', resourceName: 'shop.example.test' },
        { service: 'ELB', region: 'cn-north-4', location: 'region', resourceId: 'elb-cert-1', resourceName: 'shop-lb' },
      ],
      deploymentUnknown: [{ service: 'WAF', region: 'ap-southeast-1' }],
      expiryNotifications: 'unknown',
    });
    const cert = j.certificate as Record<string, string>;
    expect(cert.notAfter).toMatch(/\+08:00$/);
    expect(cert.notBefore).toMatch(/\+08:00$/);
    for (const k of ['not_before', 'not_after', 'issue_time', 'signature_algorithm', 'domain_type', 'validity_period', 'wildcard_count', 'authentification']) expect(cert).toHaveProperty(k);
  });

  it('a failed page keeps the failure\'s other lines: the wait a 429 asked for, why and what the server said', async () => {
    await t.emu.fault({ op: 'list', status: 429, retry_after: 5 });
    const r = await run(['list', '--retries', '0']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^scm: could not read page 1 of the certificate list: SCM could not complete listing certificates: APIGW\.0308/m);
    expect(r.stderr).toContain('  SCM asked to wait 5s before trying again (Retry-After)');
    expect(r.stderr).toMatch(/^ {2}why: /m);
  });

  it('an answer with no certificate in it ({}), or another certificate\'s details: exit 5, never shown as this one', async () => {
    const [id, other] = await bulk(2);
    // Twice: a read whose answer could not be read is asked once more.
    await t.emu.fault({ op: 'show', times: 2, answer: { status: 200, body: {} } });
    const empty = await run(['show', id!, '--json']);
    expect(empty.code).toBe(5);
    expect(empty.stdout).toBe('');
    expect(JSON.parse(empty.stderr.trim().split('\n').pop()!).error.message).toMatch(/^SCM answered ShowCertificate without a certificate/);
    await t.emu.fault({ op: 'show', times: 2, answer: { status: 200, body: { id: other, name: 'bulk-1', domain: 'h1.bulk.example.test' } } });
    const wrong = await run(['show', id!, '--lang', 'zh']);
    expect(wrong.code).toBe(5);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain(`SCM 对 \`ShowCertificate\` 的应答是另一张证书的详情：“${other}”（请求 ID `);
  });

  it('the days of its expiry in words: one day, not "1 days" (the clock injected with SCM_NOW), en and zh', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'one-day', domain: 'one.example.test', not_after: '2027-03-01T00:00:00Z' }] })).certificates;
    const until = async (now: string, lang = 'en'): Promise<string> => {
      const r = await run(['show', id!, '--lang', lang], { env: { SCM_NOW: now } });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.split('\n').find((l) => /^(valid until|失效时间)/.test(l)) ?? r.stdout;
    };
    expect(await until('2027-02-28T00:00:00Z')).toMatch(/ \(UTC\+8\), 1 day left$/);
    expect(await until('2027-02-27T00:00:00Z')).toMatch(/ \(UTC\+8\), 2 days left$/);
    expect(await until('2027-03-02T00:00:00Z')).toMatch(/ \(UTC\+8\), expired 1 day ago$/);
    expect(await until('2027-03-03T00:00:00Z')).toMatch(/ \(UTC\+8\), expired 2 days ago$/);
    expect(await until('2027-03-02T00:00:00Z', 'zh')).toMatch(/（UTC\+8），已过期 1 天$/);
  });

  it('an id SCM does not hold: exit 4 with the catalogue\'s SCM.0008 explanation, whether SCM answers 400, 404 or a 404 with another code', async () => {
    const r = await run(['show', 'scs1700000000999']);
    expect(r.code).toBe(4);
    expect(said(r.stderr)).toEqual([
      expect.stringMatching(/^scm: SCM rejected reading the certificate: SCM\.0008 Abnormal certificate ID \(HTTP 400, request id [0-9a-f]{32}\)$/),
      '  why: there is no certificate with this ID in this account, or it belongs to another user',
      expect.stringMatching(/^ {2}note: the service also returns this code \(HTTP 400\) when the certificate belongs to a different user/),
      'hint: check that the certificate ID (scs + 13 digits) exists and belongs to the user whose credentials you are using (more: scm explain SCM.0008)',
    ]);
    await t.emu.options({ unknown_id_status: 404 });
    const four = await run(['show', 'scs1700000000999', '--json']);
    expect(four.code).toBe(4);
    expect(JSON.parse(four.stderr.trim().split('\n').pop()!).error).toMatchObject({ exitCode: 4, code: 'SCM.0008', status: 404 });
    await t.emu.fault({ op: 'show', status: 404, error_code: 'SCM.0404', error_msg: 'certificate not found' });
    const other = await run(['show', 'scs1700000000999', '--lang', 'zh']);
    expect(other.code).toBe(4);
    expect(other.stderr).toMatch(/SCM 拒绝了读取证书：SCM\.0008 证书编号异常（HTTP 404/);
    expect(other.stderr).toContain('服务端返回：SCM.0404 certificate not found');
  });
});
