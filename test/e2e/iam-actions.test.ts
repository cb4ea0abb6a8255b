// A "no permission" answer through the built binary names the IAM action of the request that failed (delete:
// scm:cert:delete, export: scm:cert:download ...), in both languages and in --json; `scm explain SCM.4002`
// lists every action scm uses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('iam', { bundle: false });
const { run } = cliRecorder(() => t.env());
const actionLines = (stderr: string): string[] => stderr.split('\n').filter((l) => /IAM action|IAM 操作/.test(l));

describe('no permission for the request', () => {
  it('delete, SCM.4002: exit 3, the line names scm:cert:delete (en, zh, --json)', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'delete', status: 401, error_code: 'SCM.4002', times: 3 });
    const en = await run(['delete', id]);
    expect(en.code).toBe(3);
    expect(actionLines(en.stderr)).toEqual(['  IAM action this request needs: scm:cert:delete']);
    const zh = await run(['delete', id, '--lang', 'zh']);
    expect([zh.code, actionLines(zh.stderr)]).toEqual([3, ['  此请求所需的 IAM 操作：scm:cert:delete']]);
    const json = await run(['delete', id, '--json']);
    expect(JSON.parse(json.stderr.trim().split('\n').at(-1)!).error.message).toContain('\n  IAM action this request needs: scm:cert:delete');
  });

  it('export, the gateway\'s 403 APIGW.0302: the line names scm:cert:download and its alias', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'export', status: 403, error_code: 'APIGW.0302' });
    const r = await run(['export', id, '--out', join(t.dir, 'out')]);
    expect(r.code).toBe(3);
    expect(actionLines(r.stderr)).toEqual(['  IAM action this request needs: scm:cert:download (alias scm:cert:export)']);
  });

  it('notify, SCM.0003: Huawei publishes no action for it, and the line says so', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'notification-disable', status: 400, error_code: 'SCM.0003' });
    const r = await run(['notify', 'off', id]);
    expect(r.code).toBe(4);
    expect(actionLines(r.stderr)).toEqual(['  IAM action this request needs: not published by Huawei']);
  });
});

describe('scm explain SCM.4002', () => {
  it('lists every IAM action scm uses, in both languages', async () => {
    const doc = JSON.parse((await runCli(['explain', 'SCM.4002', '--json'])).stdout);
    const fix = (Array.isArray(doc) ? doc[0] : doc).fix;
    for (const a of ['scm:cert:list', 'scm:cert:get', 'scm:cert:import', 'scm:cert:upload', 'scm:cert:push', 'scm:cert:delete', 'scm:cert:download', 'scm:cert:export', 'scm:cert:deployResources']) {
      expect(fix.en).toContain(a);
      expect(fix.zh).toContain(a);
    }
  });
});
