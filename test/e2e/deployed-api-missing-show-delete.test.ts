// ListDeployedResources answered 404 (the gateway's APIGW.0101, or a bare page): `upload --push` says the site
// does not offer that API, but `show` and `delete` said "check the endpoint" (or "not SCM's answer") for an
// endpoint ShowCertificate had just answered on. They now share that reading (src/api/api-missing.ts) and say the
// API is missing, en and zh; delete still refuses (never deletes what may be in use), --force too. Built binary.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('deployed-api-missing-show-delete', { bundle: false });
const { run } = cliRecorder(() => t.env());
const seedOne = async (): Promise<string> => ((await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string])[0];
const FAULTS = [
  ["the gateway's APIGW.0101", { op: 'deployed-resources', status: 404, times: 10 }],
  ['a bare 404 page', { op: 'deployed-resources', times: 10, answer: { status: 404, body: '<html><title>404 Not Found</title></html>' } }],
] as const;

describe('show and delete when ListDeployedResources answers 404', () => {
  it.each(FAULTS)('%s: show says the API is missing (en, zh)', async (_, fault) => {
    const id = await seedOne();
    await t.emu.fault(fault);
    const r = await run(['show', id]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toContain(id);
    expect(r.stderr).toMatch(/^hint: this SCM site does not offer ListDeployedResources \(HTTP 404\), so where the certificate is deployed cannot be shown/m);
    expect(r.stderr).not.toMatch(/check the endpoint|not SCM's answer/);
    const zh = await run(['show', id, '--lang', 'zh']);
    expect(zh.stderr).toContain('此 SCM 站点不提供 `ListDeployedResources`（HTTP 404），因此无法显示证书部署在哪里');
    await t.emu.reset();
  });

  it.each(FAULTS)('%s: delete refuses, with or without --force, saying the API is missing (en, zh)', async (_, fault) => {
    const id = await seedOne();
    await t.emu.fault(fault);
    for (const more of [[], ['--force']]) {
      const r = await run(['delete', id, ...more]);
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toContain('this SCM site does not offer ListDeployedResources (HTTP 404), so whether the certificate is in use cannot be checked');
      expect(r.stderr).not.toMatch(/check the endpoint|not SCM's answer/);
    }
    const zh = await run(['delete', id, '--lang', 'zh']);
    expect(zh.stderr).toContain('scm 从不删除可能在用的证书');
    expect((await t.emu.state()).certificates.map((c) => c.id)).toContain(id);
    await t.emu.reset();
  });
});
