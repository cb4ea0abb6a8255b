// A certificate pushed to CDN (`upload --push CDN`, `scm push --service CDN`) has a copy in CDN's certificate
// store, which ListDeployedResources lists under CDN with the copy's id and the certificate's name: no domain.
// Through the built binary: the README's renewal flow (`upload --push CDN` at first issue, `upload --rotate`
// from the hook) and `rotate OLD --to NEW` rotate instead of refusing it as a CDN domain the new certificate
// does not cover: the new certificate is pushed to CDN once (never twice: a rerun has nothing to do), the old
// copy stays, and the old certificate is kept with its own reason; a CDN domain of the same certificate is
// still deployed to; a copy named like a domain is told apart by its certificate's SCM name (ShowCertificate);
// delete refuses it with words that say "pushed to CDN" (and --force), prune keeps it with that reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, secretMarkers, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
const { run, outputs } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('rotate-cdn')), 60_000);
afterAll(async () => {
  const all = outputs.map((o) => o.stdout + o.stderr).join('\n');
  for (const marker of [TEST_SK, ...[old, fresh].flatMap((b) => secretMarkers(b.keyPem, readFileSync(b.fullchain, 'utf8')))]) expect(all).not.toContain(marker);
  await leaveWorld(emu, dir);
});
beforeEach(async () => emu.reset());

/** The CDN entries the emulator holds: kind, and the SCM certificate each holds. */
const cdn = async (): Promise<Array<{ kind: string; certificateId: string | null; id: string }>> =>
  (await emu.state()).resources.filter((r) => r.service === 'CDN').map((r) => ({ kind: r.kind, certificateId: r.certificateId, id: r.id }));

describe('a certificate pushed to CDN', () => {
  it('upload --push CDN, then upload --rotate (default names, as the renewal hooks run it): exit 0, the new one pushed to CDN once', async () => {
    const first = await run(['upload', old.dir, '--push', 'CDN', '-q']);
    expect(first.code, first.stderr).toBe(0);
    const oldId = first.stdout.trim();
    const r = await run(['upload', fresh.dir, '--rotate', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('deploy-cdn-not-covered');
    const doc = JSON.parse(r.stdout);
    const newId = doc.new as string;
    expect(doc.old).toEqual([oldId]);
    expect(doc.status).toBe('complete');
    expect(doc.resources).toEqual([expect.objectContaining({ service: 'CDN', region: 'global', from: oldId, result: 'deployed', reason: 'pushed' })]);
    expect(doc.resources[0].message).toContain("a copy in CDN's certificate store, not a domain");
    expect(doc.kept).toEqual([expect.objectContaining({ id: oldId, reason: 'pushed-copy' })]);
    // One copy each in CDN's store; no DeployCertificate was sent.
    expect((await cdn()).map((c) => [c.kind, c.certificateId]).sort()).toEqual([['certificate', newId], ['certificate', oldId]].sort());
    const ops = (await emu.state()).requests.byOperation;
    expect(ops.deploy).toBeUndefined();
    expect(ops.push).toBe(2);

    // The hook runs again: nothing to do, and no second push.
    const again = await run(['upload', fresh.dir, '--rotate']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`nothing to do: every resource the old certificates were on uses ${newId}`);
    expect(again.stdout).toContain("the new certificate is in CDN's certificate store already; the old copy stays there");
    expect((await emu.state()).requests.byOperation.push).toBe(2);
  });

  it('rotate OLD --to NEW (the finding): the plan says push, the old certificate is kept with its reason, exit 0', async () => {
    const a = (await run(['upload', '--cert', old.fullchain, '--key', old.key, '--name', 'site-a', '-q'])).stdout.trim();
    expect((await run(['push', a, '--service', 'CDN'])).code).toBe(0);
    const b = (await run(['upload', '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'site-b', '-q'])).stdout.trim();
    const dry = await run(['rotate', a, '--to', b, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("plan: push the new certificate to CDN: an old certificate has a copy in CDN's certificate store, which no DeployCertificate can replace (not a domain); the old copy stays there");
    expect(dry.stdout).toMatch(/CDN +global +site-a \([0-9a-f]{32}\) +scs\d{13} +push new to CDN/);
    expect((await emu.state()).requests.byOperation.push).toBe(1);

    const r = await run(['rotate', a, '--to', b, '--delete-old']);
    expect(r.code, r.stderr).toBe(0);
    // The copy in CDN's store is no resource of the plan: not counted as deployed, said apart.
    expect(r.stdout).toContain(`every resource uses ${b}: 0 deployed, 0 unchanged, and pushed to CDN's certificate store\n`);
    expect(r.stdout).toContain(`${a}: kept: a copy of it was pushed to CDN's certificate store, and SCM cannot tell whether a CDN domain uses that copy (scm delete ${a} --force deletes it from SCM; the copy in CDN stays)`);
    expect((await emu.state()).certificates.map((c) => c.id).sort()).toEqual([a, b].sort());
    expect((await cdn()).filter((c) => c.certificateId === b)).toHaveLength(1);
  });

  it('in Chinese: the plan, the row and the old certificate kept, each in its own words', async () => {
    const a = (await run(['upload', '--cert', old.fullchain, '--key', old.key, '--name', 'site-a', '--push', 'CDN', '-q'])).stdout.trim();
    const b = (await run(['upload', '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'site-b', '-q'])).stdout.trim();
    const dry = await run(['rotate', a, '--to', b, '--dry-run', '--lang', 'zh']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('计划：把新证书推送到 CDN：旧证书在 CDN 证书库中有副本（不是域名，部署接口无法替换）；旧副本仍留在那里');
    expect(dry.stdout).toContain('推送新证书到 CDN');
    const r = await run(['rotate', a, '--to', b, '--delete-old', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`这是 CDN 证书库中的副本，不是域名：已将 ${b} 也推送到 CDN；${a} 的这个副本仍留在那里`);
    expect(r.stdout).toContain(`${a}：保留：它的副本已推送到 CDN 证书库，SCM 无法确定是否有 CDN 域名在使用该副本（\`scm delete ${a} --force\` 可从 SCM 删除它；CDN 中的副本仍保留）`);
    const del = await run(['delete', a, '--lang', 'zh']);
    expect(del.code).toBe(1);
    expect(del.stdout).toContain('已推送到 CDN：它的副本在 CDN 证书库中，SCM 无法确定是否有 CDN 域名在使用该副本；加 --force 可从 SCM 删除（CDN 中的副本仍保留）');
    expect(dry.stdout + r.stdout + del.stdout).not.toMatch(/copy|pushed|domain/);
  });

  it('a copy named like a domain, beside a CDN domain: the domain is deployed to, the copy told apart by its SCM name', async () => {
    const a = (await run(['upload', '--cert', old.fullchain, '--key', old.key, '--name', 'www.example.com', '-q'])).stdout.trim();
    expect((await run(['push', a, '--service', 'CDN'])).code).toBe(0);
    await emu.seed({ resources: [{ service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: a }] });
    const b = (await run(['upload', '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'site-b', '-q'])).stdout.trim();
    const r = await run(['rotate', a, '--to', b, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout).resources.map((x: { resource: string; resourceName: string; result: string; reason: string }) => [x.resourceName, x.result, x.reason]);
    expect(rows).toEqual([['example.com', 'deployed', 'deployed'], ['www.example.com', 'deployed', 'pushed']]);
    expect((await cdn()).find((c) => c.kind === 'domain')!.certificateId).toBe(b);
    expect((await emu.state()).requests.deploys).toEqual([{ certificate_id: b, service: 'CDN', region: 'global', resources: 1 }]);
  });
});

describe('delete and prune', () => {
  let a: string;
  let b: string;
  beforeEach(async () => {
    a = (await run(['upload', '--cert', old.fullchain, '--key', old.key, '--name', 'site-a', '--push', 'CDN', '-q'])).stdout.trim();
    b = (await run(['upload', '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'site-b', '-q'])).stdout.trim();
  });

  it('delete refuses it as pushed to CDN (exit 1), --force deletes it from SCM and the copy stays', async () => {
    const r = await run(['delete', a]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${a}  refused  pushed to CDN: a copy of it is in CDN's certificate store, and SCM cannot tell whether a CDN domain uses that copy; --force deletes it from SCM (the copy in CDN stays)`);
    const json = JSON.parse((await run(['delete', a, '--dry-run', '--json'])).stdout);
    expect(JSON.stringify(json)).toContain('"reason":"pushed-copy"');
    const forced = await run(['delete', a, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain("pushed to CDN (a copy in CDN's certificate store): deleted anyway (--force); the copy stays in CDN");
    expect((await cdn()).map((c) => c.certificateId)).toEqual([a]);
  });

  it('prune keeps it with that reason', async () => {
    const r = await run(['prune', '--domain', 'example.com', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(JSON.stringify(plan)).toContain('"reason":"pushed-copy"');
    const text = await run(['prune', '--domain', 'example.com', '--dry-run']);
    expect(text.stdout).toMatch(new RegExp(`${a} +site-a .*keep: pushed to CDN \\(a copy in CDN's certificate store`));
    expect(text.stdout).toMatch(new RegExp(`${b} +site-b .*keep: newest`));
  });
});
