// What deploy and rotate say while SCM fails a deployment, in Chinese: the retry notes named the operation
// `deploy：` (an English word in Chinese prose) and said 发送 where every other line of both commands says 部署;
// a row left out after a failed request said 未发送. They now read 部署：… ；重新部署前先查询证书已部署到哪里,
// 部署：… 次重试, and 未部署：之前的请求已失败. English keeps its operation id (`deploy:`).
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('deploy-retry-zh', { bundle: false });
const { run } = cliRecorder(() => t.env());
const seed = async (): Promise<[string, string]> =>
  (await t.emu.seed({ certificates: [{ name: 'old', domain: 'shop.example.test' }, { name: 'new', domain: 'shop.example.test' }] })).certificates as [string, string];
const notes = (stderr: string): string[] => stderr.split('\n').filter((l) => /次重试|重新部署前|retry \d|checking where/.test(l));

describe('retry notes of deploy and rotate', () => {
  it('deploy: 部署 as the label and the verb in Chinese, deploy: in English', async () => {
    const [, id] = await seed();
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }, { service: 'ELB', project: 'cn-north-4', id: 'elb-2' }] });
    await t.emu.fault({ op: 'deploy', status: 503, times: 1 });
    const zh = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(0);
    const lines = notes(zh.stderr);
    expect(lines).toEqual([
      expect.stringMatching(/^部署：SCM 未能部署：.*；重新部署前先查询证书已部署到哪里$/),
      expect.stringMatching(/^部署：SCM 未能部署：.*；[\d.]+ 秒后进行第 1\/3 次重试$/),
    ]);
    expect(zh.stderr).not.toMatch(/deploy：|发送前/);
    await t.emu.fault({ op: 'deploy', status: 503, times: 1 });
    const en = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-2']);
    expect(notes(en.stderr)).toEqual([
      expect.stringMatching(/^deploy: SCM could not complete the deployment: .*; checking where the certificate is deployed before sending again$/),
      expect.stringMatching(/^deploy: SCM could not complete the deployment: .*; retry 1 of 3 in [\d.]+s$/),
    ]);
  });

  it('rotate: a request failed, the one after it is 未部署：之前的请求已失败 (not sent: an earlier request failed)', async () => {
    const [old, fresh] = await seed();
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', certificate_id: old }, { service: 'ELB', project: 'cn-east-3', id: 'elb-2', certificate_id: old }] });
    await t.emu.fault({ op: 'deploy', status: 503, times: 1 });
    const zh = await run(['rotate', old, '--to', fresh, '--retries', '0', '--json', '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(5);
    const rows = (JSON.parse(zh.stdout) as { resources: { result: string; message: string }[] }).resources;
    expect(rows.map((r) => r.result).sort()).toEqual(['failed', 'skipped']);
    expect(rows.find((r) => r.result === 'skipped')!.message).toBe('未部署：之前的请求已失败');
  });
  it('rotate: a resource SCM refused is said as 部署失败 in the summary, as deploy says it (exit 4, old kept)', async () => {
    const [old, fresh] = await seed();
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', certificate_id: old }, { service: 'ELB', project: 'cn-north-4', id: 'elb-2', certificate_id: old }] });
    await t.emu.fault({ op: 'deploy', fail_resources: ['elb-2'], times: 1 });
    const zh = await run(['rotate', old, '--to', fresh, '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(4);
    expect(zh.stderr).toMatch(/\nscm: 2 个资源中有 1 个部署失败：ELB cn-north-4 elb-2（.+）；旧证书已保留\n/);
  });
});
