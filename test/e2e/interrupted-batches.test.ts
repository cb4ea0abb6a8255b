// Ctrl-C or SIGTERM in the middle of a batch, through the built binary: push, deploy, rotate, delete and prune
// still print on stdout (text and --json, with "interrupted": true) what was done, the request on its way as
// `interrupted` (it may have taken effect) and the rest as not sent, then exit 130/143 with the one-line message on stderr; a rotation interrupted
// while deploying deletes nothing (nor pushes to CDN twice when run again). The emulator holds one request (`delay_ms`) while the signal is sent.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { interruptAt, type Interrupted } from '../helpers/interrupt.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
let oldId: string;

const IN_FLIGHT = 'it may have taken effect; in a minute, run the same command again: it looks first and sends only what is missing';
// scm push does not look first: its advice is to look, never to rerun at once (that could make a second copy).
const inFlightPush = (id: string): string => `it may have taken effect; not sent again: in a minute, see where it is with scm show ${id}, then push only where it is missing (pushing again now could make a second copy)`;
const PROJECTS = ['cn-north-4', 'cn-north-1', 'cn-east-3', 'cn-east-2', 'cn-south-1', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'la-south-2', 'la-north-2'];

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('interrupted')), 60_000);
afterAll(() => leaveWorld(emu, dir));
beforeEach(async () => {
  await emu.reset();
  [oldId] = (await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
});

/** Runs the CLI, waits until the emulator holds request number `nth` of `op` in flight, then sends `signal`. */
async function interrupt(args: string[], op: string, nth: number, signal: NodeJS.Signals): Promise<Interrupted> {
  const r = await interruptAt(emu, args, { HOME: dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url }, { op, nth, signal });
  expect(r.held, `request ${nth} of ${op} never in flight; stderr: ${r.stderr}`).toBe(true);
  return r;
}

const lastLine = (stderr: string): string => stderr.trim().split('\n').at(-1)!;
const holders = async (): Promise<Record<string, string | null>> => Object.fromEntries((await emu.settled()).resources.map((r) => [r.id, r.certificateId]));

describe('scm push, interrupted during the second batch', () => {
  it('text: the first ten pushed, the two of the batch on its way interrupted; exit 130', async () => {
    await emu.fault({ op: 'batch-push', after: 1, delay_ms: 5000 });
    const r = await interrupt(['push', oldId, '--service', 'WAF', '--project', PROJECTS.join(',')], 'batch-push', 2, 'SIGINT');
    expect(r.code).toBe(130);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`interrupted after pushing ${oldId} to WAF in 10 of 12 projects`);
    for (const p of PROJECTS.slice(0, 10)) expect(r.stdout).toMatch(new RegExp(`^${p} +pushed +- +[0-9a-f]{32}$`, 'm'));
    for (const p of PROJECTS.slice(10)) expect(r.stdout).toMatch(new RegExp(`^${p} +interrupted +${inFlightPush(oldId).replace(/[()]/g, '\\$&')} +-$`, 'm'));
    expect(r.stdout).not.toContain('run the same command again');
    expect(lastLine(r.stderr)).toBe('scm: interrupted');
    // The batch on its way took effect after all.
    const state = await emu.settled();
    expect(state.certificates.find((c) => c.id === oldId)!.pushes).toHaveLength(12);
  });

  it('--json, SIGTERM: the document with interrupted: true, then the error line; exit 143', async () => {
    await emu.fault({ op: 'batch-push', after: 1, delay_ms: 5000 });
    const r = await interrupt(['push', oldId, '--service', 'ELB', '--project', PROJECTS.join(','), '--json'], 'batch-push', 2, 'SIGTERM');
    expect(r.code).toBe(143);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, interrupted: true, pushed: true, ok: false, certificate_id: oldId, service: 'ELB', mode: 'batch', error: null });
    expect(doc.results.map((x: { project: string; result: string }) => `${x.project} ${x.result}`)).toEqual([...PROJECTS.slice(0, 10).map((p) => `${p} pushed`), ...PROJECTS.slice(10).map((p) => `${p} interrupted`)]);
    expect(doc.results[10].message).toBe(inFlightPush(oldId));
    expect(JSON.parse(lastLine(r.stderr)).error).toMatchObject({ type: 'InterruptedError', exitCode: 143 });
    await emu.settled();
  });
});

describe('scm upload --push, interrupted while pushing', () => {
  const upload = ['upload', '--cert', () => fresh.fullchain, '--key', () => fresh.key, '--name', 'example-new', '--push', 'WAF:cn-north-4,cn-east-3', '--json'];
  const rows = (stdout: string): string[] => JSON.parse(stdout).push[0].results.map((x: { result: string; message: string }) => `${x.result}: ${x.message}`);

  it('the push on its way, with --if-changed: the rerun is the advice, in a minute (it looks first); exit 130', async () => {
    await emu.fault({ op: 'batch-push', delay_ms: 5000 });
    const r = await interrupt([...upload.map((a) => (typeof a === 'string' ? a : a())), '--if-changed'], 'batch-push', 1, 'SIGINT');
    expect(r.code).toBe(130);
    expect(rows(r.stdout)).toEqual(Array(2).fill('interrupted: it may have taken effect; in a minute, run the same command again: it looks first and sends only what is missing'));
    await emu.settled();
  });

  it('without --if-changed: the same advice, as a plain upload looks for a copy before it imports', async () => {
    await emu.fault({ op: 'batch-push', delay_ms: 5000 });
    const r = await interrupt(upload.map((a) => (typeof a === 'string' ? a : a())), 'batch-push', 1, 'SIGINT');
    expect(r.code).toBe(130);
    expect(rows(r.stdout)).toEqual(Array(2).fill('interrupted: it may have taken effect; in a minute, run the same command again: it looks first and sends only what is missing'));
    await emu.settled();
  });

  it('with --allow-duplicate: the advice names --if-changed (the same command again would store another copy)', async () => {
    await emu.fault({ op: 'batch-push', delay_ms: 5000 });
    const r = await interrupt([...upload.map((a) => (typeof a === 'string' ? a : a())), '--allow-duplicate'], 'batch-push', 1, 'SIGINT');
    expect(r.code).toBe(130);
    expect(rows(r.stdout)).toEqual(Array(2).fill('interrupted: it may have taken effect; in a minute, run the same command again with --if-changed: it looks first and sends only what is missing'));
    await emu.settled();
  });
});

describe('scm deploy, 45 resources (20, 20, 5), interrupted during the second request', () => {
  const ids = Array.from({ length: 45 }, (_, i) => `e${i + 1}`);
  let newId: string;
  beforeEach(async () => {
    [newId] = (await emu.seed({ certificates: [{ name: 'example-new', pem: readFileSync(fresh.cert, 'utf8'), chain: readFileSync(fresh.chain, 'utf8'), private_key: fresh.keyPem }] })).certificates as [string];
    await emu.seed({ resources: ids.map((id) => ({ service: 'ELB', project: 'cn-north-4', id, certificate_id: oldId })) });
    await emu.fault({ op: 'deploy', after: 1, delay_ms: 5000 });
  });
  const args = (): string[] => ['deploy', newId, '--service', 'ELB', '--project', 'cn-north-4', ...ids.flatMap((id) => ['--resource', id])];

  it('text: 20 deployed, 20 interrupted, 5 not sent; exit 130; the third request never sent', async () => {
    const r = await interrupt(args(), 'deploy', 2, 'SIGINT');
    expect(r.code).toBe(130);
    expect(r.stdout.split('\n')[0]).toBe(`${newId} to ELB in cn-north-4: 20 of 45 resources use it`);
    for (const id of ids.slice(0, 20)) expect(r.stdout).toMatch(new RegExp(`^${id} +deployed$`, 'm'));
    for (const id of ids.slice(20, 40)) expect(r.stdout).toMatch(new RegExp(`^${id} +interrupted +${IN_FLIGHT}$`, 'm'));
    for (const id of ids.slice(40)) expect(r.stdout).toMatch(new RegExp(`^${id} +skipped +not sent: interrupted$`, 'm'));
    expect(lastLine(r.stderr)).toBe('scm: interrupted');
    const held = await holders();
    // The request on its way took effect; the third was never sent.
    expect(ids.filter((id) => held[id] === newId)).toEqual(ids.slice(0, 40));
    expect((await emu.state()).requests.byOperation.deploy).toBe(2);
  });

  it('--json in Chinese: the document with interrupted: true and a result per resource', async () => {
    const r = await interrupt([...args(), '--json', '--lang', 'zh'], 'deploy', 2, 'SIGINT');
    expect(r.code).toBe(130);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, interrupted: true, ok: false, certificateId: newId, error: null });
    expect(doc.results.map((x: { result: string }) => x.result)).toEqual([...Array(20).fill('deployed'), ...Array(20).fill('interrupted'), ...Array(5).fill('skipped')]);
    expect(doc.results[20].message).toBe('可能已经生效；请一分钟后再次运行同一命令：它会先查询，只发送缺少的部分');
    expect(doc.results[44].message).toBe('未发送：已中断');
    expect(JSON.parse(lastLine(r.stderr)).error).toMatchObject({ type: 'InterruptedError', message: '已中断', exitCode: 130 });
    await emu.settled();
  });
});

describe('scm rotate, interrupted while deploying', () => {
  beforeEach(async () => {
    await emu.seed({ resources: [
      { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: oldId },
      { service: 'ELB', project: 'cn-north-4', id: 'elb-north', name: 'shop-lb', certificate_id: oldId },
      { service: 'WAF', project: 'cn-north-4', id: 'waf-1', name: 'shop-waf', certificate_id: oldId },
    ] });
    await emu.fault({ op: 'deploy', after: 1, delay_ms: 5000 });
  });
  const args = (): string[] => ['rotate', oldId, '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'example-new', '--delete-old', '--waf-type', 'cloud'];

  it('text: uploaded, one deployed (not verified), one interrupted, one not sent; the old certificate kept; exit 130', async () => {
    const r = await interrupt(args(), 'deploy', 2, 'SIGINT');
    expect(r.code).toBe(130);
    const state = await emu.settled();
    const newId = state.certificates.find((c) => c.name === 'example-new')!.id;
    const results = r.stdout.slice(r.stdout.indexOf(`uploaded example-new as ${newId}\n`));
    expect(results.split('\n').map((l) => l.trimEnd())).toEqual([
      `uploaded example-new as ${newId}`,
      'SERVICE  REGION      RESOURCE             FROM              RESULT       MESSAGE',
      `CDN      global      example.com          ${oldId}  deployed     SCM accepted the deployment; not verified (interrupted before the check)`,
      `ELB      cn-north-4  shop-lb (elb-north)  ${oldId}  interrupted  it may have taken effect; in a minute, run the same command again: it looks first and deploys only what is left`,
      `WAF      cn-north-4  shop-waf (waf-1)     ${oldId}  skipped      not sent: interrupted`,
      '',
      'OLD',
      `${oldId}: kept: the rotation was interrupted before the check`,
      `interrupted while deploying ${newId}: SCM accepted it for 1 of 3 resources (not verified); no old certificate was deleted. In a minute, run the same command again: it looks first and deploys only what is left`,
      '',
    ]);
    expect(lastLine(r.stderr)).toBe('scm: interrupted');
    // Nothing deleted, nothing verified; the request on its way took effect, the WAF one was never sent.
    expect(state.certificates.map((c) => c.id)).toContain(oldId);
    // ListDeployedResources before, and again after the upload (what changed meanwhile); none after: interrupted.
    expect(state.requests.byOperation).toMatchObject({ deploy: 2, 'deployed-resources': 2 });
    expect(state.requests.byOperation.delete).toBeUndefined();
    expect(await holders()).toEqual({ 'example.com': newId, 'elb-north': newId, 'waf-1': oldId });
  });

  it('--json, SIGTERM: status interrupted, interruptedDuring deploy, the old certificate kept; exit 143', async () => {
    const r = await interrupt([...args(), '--json'], 'deploy', 2, 'SIGTERM');
    expect(r.code).toBe(143);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, status: 'interrupted', interrupted: true, interruptedDuring: 'deploy', old: [oldId], deleted: [], upload: { name: 'example-new', certificateId: doc.new, changed: true } });
    expect(doc.resources.map((x: { resource: string; result: string; reason: string }) => `${x.resource} ${x.result} ${x.reason}`)).toEqual(['example.com deployed accepted', 'elb-north interrupted interrupted', 'waf-1 skipped not-sent-interrupted']);
    expect(doc.kept).toEqual([{ id: oldId, reason: 'interrupted', message: 'kept: the rotation was interrupted before the check' }]);
    expect(JSON.parse(lastLine(r.stderr)).error).toMatchObject({ type: 'InterruptedError', exitCode: 143 });
    const state = await emu.settled();
    expect(state.certificates.map((c) => c.id)).toContain(oldId);
    expect(state.requests.byOperation.delete).toBeUndefined();
  });
});

describe('scm rotate, interrupted while pushing the new certificate to CDN (an old copy in its store)', () => {
  beforeEach(async () => {
    await emu.seed({ resources: [{ service: 'CDN', kind: 'certificate', id: 'cdn-copy-1', name: 'example-old', certificate_id: oldId }] });
    await emu.fault({ op: 'push', delay_ms: 3000 });
  });

  it('the last line counts the copy the push answers ("0 of 1 resource", not "0 of 0"); a rerun never pushes twice', async () => {
    const r = await interrupt(['rotate', oldId, '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'example-new'], 'push', 1, 'SIGINT');
    expect(r.code).toBe(130);
    const newId = (await emu.settled()).certificates.find((c) => c.name === 'example-new')!.id;
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`interrupted while deploying ${newId}: SCM accepted it for 0 of 1 resource (not verified); no old certificate was deleted. In a minute, run the same command again: it looks first and deploys only what is left`);
    expect(r.stdout).toMatch(/CDN +global +example-old \(cdn-copy-1\) +\S+ +interrupted /);
    const again = await interruptless(['rotate', oldId, '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'example-new']);
    expect(again.code, again.stdout).toBe(0);
    expect((await emu.settled()).requests.byOperation.push).toBe(1);
  });
});

describe('scm delete and scm prune --json, interrupted during the second delete', () => {
  const DOMAIN = 'w.example.org';
  let ids: string[];
  beforeEach(async () => {
    ids = (await emu.seed({ certificates: [0, 1, 2].map((i) => ({ name: `w${i}`, domain: DOMAIN, not_after: new Date(Date.now() + (10 + i) * 86_400_000).toISOString() })) })).certificates;
    await emu.fault({ op: 'delete', delay_ms: 3000, after: 1 });
  });

  it('delete --json, SIGINT: the delete on its way is interrupted (not failed), interrupted: true; exit 130', async () => {
    const r = await interrupt(['delete', ...ids, '--json'], 'delete', 2, 'SIGINT');
    expect(r.code).toBe(130);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, interrupted: true, deleted: [ids[0]] });
    expect(doc.results.map((x: { id: string; result: string }) => `${x.id} ${x.result}`)).toEqual([`${ids[0]} deleted`, `${ids[1]} interrupted`, `${ids[2]} not-attempted`]);
    expect(doc.results[1].error).toMatchObject({ type: 'InterruptedError' });
    // It was on its way: here the emulator deleted it after all.
    expect((await emu.settled()).certificates.map((c) => c.id).filter((id) => ids.includes(id))).toEqual([ids[2]]);
  });

  it('prune --json, SIGTERM: plan[].result interrupted for the delete on its way, interrupted: true; exit 143', async () => {
    // Newest first: ids[2] is kept; ids[1] then ids[0] are deleted (the second delete is held).
    const r = await interrupt(['prune', '--domain', DOMAIN, '--json'], 'delete', 2, 'SIGTERM');
    expect(r.code).toBe(143);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, interrupted: true, deleted: [ids[1]] });
    expect(doc.plan.map((x: { id: string; result: string | null }) => `${x.id} ${x.result}`)).toEqual([`${ids[2]} null`, `${ids[1]} deleted`, `${ids[0]} interrupted`]);
    await emu.settled();
  });

  it('without a signal the document has no interrupted field', async () => {
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    const doc = JSON.parse((await interruptless(['delete', ids[0]!, '--json'])).stdout);
    expect(doc).not.toHaveProperty('interrupted');
  });
});

async function interruptless(args: string[]): Promise<{ code: number | null; stdout: string }> {
  const env = { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C.UTF-8', HOME: dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url };
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  return { code: await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code))), stdout };
}
