// The client calls behind list/show/delete/prune/export/notify against the in-process emulator: deletes at a
// polite pace that stop (and say how far they got) when the service fails, "not held" in both shapes the
// service may answer, ExportCertificate's PEMs (and the SM2 pair), the notices switched all or nothing,
// ListDeployedResources in batches, and the emulator's state file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteMany } from '../../src/api/delete.js';
import { DEPLOYED_BATCH, deploymentsOf } from '../../src/api/deployed.js';
import { ScmApiError } from '../../src/api/errors.js';
import { explainNotHeld, isNotHeld } from '../../src/api/not-held.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { readStateFile } from '../../src/emulator/state-file.js';
import { fitColumns, truncate } from '../../src/render/text-fit.js';
import { fixture } from '../helpers/fixtures.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let bundle: Bundle;
const at = useEmulator('inventory', {}, (dir) => {
  bundle = makeBundle(join(dir, 'b'), { cn: 'inv.example.test' });
});
const ids = (n: number): string[] => seed(at.emu.store, { certificates: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, domain: 'c.example.test' })) }, new Date()).certificates;

describe('deleteMany', () => {
  it('pauses between deletes, counts an id SCM does not hold as already deleted, and goes on after a rejection of one', async () => {
    const [a, b] = ids(2);
    at.emu.faults.add([parseFault({ op: 'delete', after: 2, status: 400, error_code: 'SCM.0010' })]);
    const { client } = await testClient(at.emu.url);
    const sleeps: number[] = [];
    const steps: string[] = [];
    const r = await deleteMany(client, [a!, 'scs1234567890123', b!, a!], { intervalMs: 300, sleep: async (ms) => void sleeps.push(ms), onStep: (id, i, n) => steps.push(`${i + 1}/${n} ${id}`) });
    expect(r.results.map((x) => [x.id, x.result, x.error?.code ?? null])).toEqual([[a, 'deleted', null], ['scs1234567890123', 'already-deleted', null], [b, 'failed', 'SCM.0010'], [a, 'already-deleted', null]]);
    expect(r.stoppedBy).toBeUndefined();
    expect(sleeps).toEqual([300, 300, 300]);
    expect(steps).toEqual([`1/4 ${a}`, '2/4 scs1234567890123', `3/4 ${b}`, `4/4 ${a}`]);
    expect(at.emu.store.get(b!)).toBeDefined();
  });

  it('stops at a server failure after the retries: what was deleted, what failed, what was not attempted', async () => {
    const [a, b, c] = ids(3);
    at.emu.faults.add([parseFault({ op: 'delete', after: 1, times: 10, status: 503 })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const r = await deleteMany(client, [a!, b!, c!], { intervalMs: 0 });
    expect(r.results.map((x) => [x.id, x.result])).toEqual([[a, 'deleted'], [b, 'failed'], [c, 'not-attempted']]);
    expect(r.stoppedBy).toBeInstanceOf(ScmApiError);
    expect((r.stoppedBy as ScmApiError).exitCode).toBe(5);
    expect(at.emu.store.requests.byOperation.delete).toBe(3); // a, then b and its one retry; c never sent
  });

  it('a 404 from SCM is "not held"; a 404 from the gateway (no such API) is not', async () => {
    at.emu.faults.add([parseFault({ op: 'delete', status: 404, error_code: 'SCM.0404', error_msg: 'certificate not found' }), parseFault({ op: 'delete', status: 404 })]);
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const r = await deleteMany(client, ['scs1111111111111', 'scs2222222222222'], { intervalMs: 0 });
    expect(r.results.map((x) => x.result)).toEqual(['already-deleted', 'failed']);
    expect(r.results[1]!.error?.code).toBe('APIGW.0101');
    // A 4xx that is about this one request: the batch goes on.
    expect(r.stoppedBy).toBeUndefined();
  });

  it('SCM.0008 answered with 404 (--unknown-id-status 404) is not held too; show explains a bare 404 as SCM.0008', async () => {
    at.emu.behaviour.unknownIdStatus = 404;
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const e = await client.show('scs1700000000123').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ScmApiError);
    expect([(e as ScmApiError).status, (e as ScmApiError).errorCode, isNotHeld(e)]).toEqual([404, 'SCM.0008', true]);
    const bare = new ScmApiError({ operation: 'show', status: 404, errorCode: 'SCM.9999', errorMsg: 'nope' });
    const explained = explainNotHeld(bare, 'en') as ScmApiError;
    expect([explained.errorCode, explained.exitCode, explained.errorMsg]).toEqual(['SCM.0008', 4, 'SCM.9999 nope']);
    expect(explained.message).toMatch(/^SCM rejected reading the certificate: SCM\.0008 Abnormal certificate ID \(HTTP 404\)\n/);
    expect(explained.message).toContain('server said: SCM.9999 nope');
    const gateway = new ScmApiError({ operation: 'show', status: 404, errorCode: 'APIGW.0101' });
    expect([isNotHeld(gateway), explainNotHeld(gateway, 'en')]).toEqual([false, gateway]);
  });
});

describe('deploymentsOf', () => {
  it('asks in batches and answers for every id', async () => {
    const many = ids(DEPLOYED_BATCH + 3);
    const { client } = await testClient(at.emu.url);
    const map = await deploymentsOf(client, [...many, many[0]!]);
    expect([map.size, at.emu.store.requests.byOperation['deployed-resources']]).toEqual([DEPLOYED_BATCH + 3, 2]);
    expect(map.get(many[5]!)).toEqual({ certificateId: many[5], total: 0, resources: [], unreliable: [], unlisted: [] });
  });
});

describe('ExportCertificate and the notices', () => {
  it('export: the leaf, the chain, both, and the key as imported; SM2 adds the encryption pair', async () => {
    const { client } = await testClient(at.emu.url);
    const { certificate_id: id } = await client.importOnce({ name: 'inv', certificate: readFileSync(bundle.fullchain, 'utf8'), private_key: bundle.keyPem });
    const e = await client.exportCertificate(id);
    const leaf = readFileSync(bundle.cert, 'utf8');
    const chain = readFileSync(bundle.chain, 'utf8');
    expect(e).toEqual({ certificate: leaf, certificateChain: chain, entireCertificate: leaf + chain, privateKey: bundle.keyPem, encCertificate: '', encPrivateKey: '' });
    expect(at.emu.store.requests.byOperation.export).toBe(1);

    const sm2 = readFileSync(fixture('cases/sm2.crt'), 'utf8');
    const [sid] = seed(at.emu.store, { certificates: [{ name: 'sm2', pem: sm2, private_key: readFileSync(fixture('cases/sm2.key'), 'utf8'), enc_certificate: sm2, enc_private_key: readFileSync(fixture('cases/other-sm2.key'), 'utf8') }] }, new Date()).certificates;
    const s = await client.exportCertificate(sid!);
    expect([s.encCertificate, s.encPrivateKey]).toEqual([sm2, readFileSync(fixture('cases/other-sm2.key'), 'utf8')]);
    // A synthetic certificate (no PEM, no key) cannot be exported: SCM.0010; an unknown id SCM.0008.
    const [synthetic] = ids(1);
    expect((await client.exportCertificate(synthetic!).catch((x: unknown) => x) as ScmApiError).errorCode).toBe('SCM.0010');
    expect((await client.exportCertificate('scs1000000000000').catch((x: unknown) => x) as ScmApiError).errorCode).toBe('SCM.0008');
  });

  it('notices: one request for every id, both types; all or nothing', async () => {
    const [a, b] = ids(2);
    const { client } = await testClient(at.emu.url);
    await client.setNotifications([a!, b!], false);
    expect([at.emu.store.get(a!)!.notices, at.emu.store.get(b!)!.notices]).toEqual([{ CERT_EXPIRING: false, CERT_EXPIRED: false }, { CERT_EXPIRING: false, CERT_EXPIRED: false }]);
    const e = await client.setNotifications([a!, 'scs1000000000001'], true).catch((x: unknown) => x);
    expect((e as ScmApiError).errorCode).toBe('SCM.0008');
    expect(at.emu.store.get(a!)!.notices.CERT_EXPIRING).toBe(false);
    await client.setNotifications([a!], true);
    expect(at.emu.store.get(a!)!.notices).toEqual({ CERT_EXPIRING: true, CERT_EXPIRED: true });
    expect(at.emu.store.requests.byOperation).toMatchObject({ 'notification-disable': 1, 'notification-enable': 2 });
  });
});

describe('the emulator state file', () => {
  it('reads PEM files relative to itself, splits a full chain, and seeds ids, resources and bought certificates', () => {
    const dir = join(at.dir, 'state');
    mkdirSync(join(dir, 'pem'), { recursive: true });
    writeFileSync(join(dir, 'pem', 'full.pem'), readFileSync(bundle.fullchain));
    writeFileSync(join(dir, 'pem', 'key.pem'), bundle.keyPem);
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify({
      certificates: [
        { id: 'scs1700000000001', name: 'from-files', cert: 'pem/full.pem', key: 'pem/key.pem', notifications: false },
        { name: 'bought', domain: 'x.example.test', status: 'issued', type: 'DV_SSL_CERT', brand: 'GEOTRUST' },
      ],
      resources: [{ service: 'ELB', project: 'cn-north-4', id: 'lb1', certificate_id: 'scs1700000000001' }],
      unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }],
    }));
    const made = seed(at.emu.store, readStateFile(file), new Date());
    expect(made.certificates[0]).toBe('scs1700000000001');
    const c = at.emu.store.get('scs1700000000001')!;
    expect([c.certificate, c.chain, c.privateKey, c.domain, c.notices.CERT_EXPIRED]).toEqual([readFileSync(bundle.cert, 'utf8'), readFileSync(bundle.chain, 'utf8'), bundle.keyPem, 'inv.example.test', false]);
    expect(at.emu.store.get(made.certificates[1]!)).toMatchObject({ status: 'ISSUED', type: 'DV_SSL_CERT', brand: 'GEOTRUST' });
    expect(at.emu.store.deployments.using('scs1700000000001').map((r) => r.id)).toEqual(['lb1']);
    // Ids made later stay above the seeded one.
    expect(at.emu.store.nextId(new Date(0)) > 'scs1700000000001').toBe(true);
  });

  it('says which entry is wrong, and stores nothing', () => {
    const file = join(at.dir, 'bad.json');
    const attempt = (state: unknown): string => {
      writeFileSync(file, JSON.stringify(state));
      try {
        seed(at.emu.store, readStateFile(file), new Date());
        return 'seeded';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(attempt({ certificates: [{ name: 'a', cert: 'missing.pem' }] })).toMatch(/^certificates\[0\]\.cert: cannot read .*missing\.pem: no such file or folder$/);
    expect(attempt({ certificates: [{ name: 'a', domain: 'a.test' }, { name: 'b', domain: 'b.test', id: 'scs1' }] })).toBe("seed: 'certificates[1].id' must be scs followed by 13 digits");
    expect(attempt({ certificates: [{ name: 'a', domain: 'a.test', colour: 'red' }] })).toMatch(/^seed: unknown field 'certificates\[0\]\.colour'/);
    expect(attempt({ certificates: [{ id: 'scs1700000000009', name: 'a', domain: 'a.test' }, { id: 'scs1700000000009', name: 'b', domain: 'b.test' }] })).toBe('seed: the certificate id scs1700000000009 is given twice or already taken');
    writeFileSync(file, '{"certificates": [');
    expect(() => readStateFile(file)).toThrow(/^not valid JSON \(line 1, column 19\)$/);
    expect(at.emu.store.all()).toEqual([]);
  });
});

describe('fitting a table to the terminal', () => {
  it('shortens the widest flexible column first, with an ellipsis, never below the minimum', () => {
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('证书名称很长', 5)).toBe('证书…');
    const rows = [['ID', 'NAME', 'DOMAIN'], ['scs1', 'a-very-long-certificate-name', 'shop.example.com']];
    expect(fitColumns(rows, 0, [1, 2])).toBe(rows);
    expect(fitColumns(rows, 40, [1, 2])).toEqual([['ID', 'NAME', 'DOMAIN'], ['scs1', 'a-very-long-cer…', 'shop.example.com']]);
    expect(fitColumns(rows, 20, [1, 2])[1]).toEqual(['scs1', 'a-very-…', 'shop.ex…']);
  });
});

describe("scm list's table", () => {
  it('fits the terminal by shortening NAME and DOMAIN, and is left whole when not a terminal', async () => {
    const { renderTable } = await import('../../src/commands/list/render.js');
    const { toRow } = await import('../../src/core/inventory/index.js');
    const { PLAIN } = await import('../../src/io/style.js');
    const { displayWidth } = await import('../../src/render/text.js');
    const rows = [toRow({ id: 'scs1700000000001', name: 'a-rather-long-certificate-name-2026-03-01', domain: 'www.a-long-domain-name.example.com', sans: 'www.a-long-domain-name.example.com;a-long-domain-name.example.com', expire_time: '2026-06-03 08:00:00.0', status: 'UPLOAD' })];
    const o = { now: new Date('2026-06-01T00:00:00Z'), style: PLAIN, lang: 'en' as const, window: 30 };
    const whole = renderTable(rows, { ...o, width: 0 });
    expect(whole.split('\n')[1]).toBe('scs1700000000001  a-rather-long-certificate-name-2026-03-01  www.a-long-domain-name.example.com +1  2026-06-03 08:00  2     UPLOAD');
    const fitted = renderTable(rows, { ...o, width: 80 }).trimEnd().split('\n');
    for (const line of fitted) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(fitted[1]).toMatch(/^scs1700000000001  a-rather-long\S*…  www\.a-long-do\S*…  2026-06-03 08:00  2 +UPLOAD$/);
  });

  it('fits the same width in Chinese as in English (its headings are no wider, CJK counted double)', async () => {
    const { renderTable } = await import('../../src/commands/list/render.js');
    const { toRow } = await import('../../src/core/inventory/index.js');
    const { PLAIN } = await import('../../src/io/style.js');
    const { displayWidth } = await import('../../src/render/text.js');
    const rows = [
      toRow({ id: 'scs1700000000001', name: 'old-expired-certificate', domain: 'shop.example.com', expire_time: '2025-01-01 08:00:00.0', status: 'UPLOAD' }),
      toRow({ id: 'scs1700000000002', name: '中文证书名称', domain: '例子.测试', expire_time: '2027-06-01 08:00:00.0', status: 'ISSUED' }),
    ];
    for (const width of [70, 66]) {
      const widest = (lang: 'en' | 'zh'): number => Math.max(...renderTable(rows, { now: new Date('2026-12-02T00:00:00Z'), style: PLAIN, lang, window: 30, width }).trimEnd().split('\n').map(displayWidth));
      expect([width, widest('zh')]).toEqual([width, widest('en')]);
      // At 66 even the English cannot shrink NAME and DOMAIN below 8 columns: then both overflow alike.
      if (width === 70) expect(widest('zh')).toBeLessThanOrEqual(width);
    }
  });
});
