// `scm rotate` from files, through the built binary, when a resource of the plan is moved to another certificate by
// someone else while the new certificate is uploaded (the emulator's import held back, the resource reseeded
// meanwhile): it was deployed to all the same, overwriting that change, and said "now uses NEW, from OLD". Now the
// rotation looks again after the upload: that resource is left as it is (skipped, reason moved), the others are
// deployed, and the old certificate, used by nothing, is deleted with --delete-old (exit 0). A look again that fails
// leaves the plan as it was.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let other: Bundle;
let fresh: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const holders = async (): Promise<Record<string, string | null>> => Object.fromEntries((await emu.state()).resources.map((r) => [r.id, r.certificateId]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-rotate-moved-'));
  old = makeBundle(join(dir, 'old'), { cn: 'example.com' });
  other = makeBundle(join(dir, 'other'), { cn: 'example.com' });
  fresh = makeBundle(join(dir, 'new'), { cn: 'example.com' });
  emu = await spawnEmulator([]);
}, 60_000);
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const held = (b: Bundle, name: string): object => ({ name, pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem });

/** Runs `args` with the import held back 2 s; while it is in flight, lb-2 is given `to`. */
async function rotateWhileMoved(args: string[], to: string, lang: string): Promise<Awaited<ReturnType<typeof run>>> {
  await emu.fault({ op: 'import', delay_ms: 2000 });
  const running = run([...args, '--lang', lang]);
  for (let i = 0; i < 200 && (await emu.state()).in_flight === 0; i++) await new Promise((r) => setTimeout(r, 20));
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'lb-2', name: 'shop-2', certificate_id: to }] });
  return running;
}

describe('scm rotate: a resource moved to another certificate during the upload', () => {
  for (const lang of ['en', 'zh']) {
    it(`is left as it is, not overwritten; the rest deployed, the old one deleted (${lang})`, async () => {
      await emu.reset();
      const { certificates: [oldId, otherId] } = await emu.seed({ certificates: [held(old, 'old'), held(other, 'other')] });
      await emu.seed({ resources: ['lb-1', 'lb-2'].map((id, i) => ({ service: 'ELB', project: 'cn-north-4', id, name: `shop-${i + 1}`, certificate_id: oldId })) });
      const r = await rotateWhileMoved(['rotate', oldId!, fresh.dir, '--name', 'renewed', '--delete-old', '--json'], otherId!, lang);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.resources.map((x: { resource: string; result: string; reason: string }) => `${x.resource} ${x.result} ${x.reason}`)).toEqual(['lb-1 deployed deployed', 'lb-2 skipped moved']);
      const message = doc.resources[1].message;
      expect(message).toBe(lang === 'en'
        ? `not deployed: it no longer used ${oldId} when the deployments began (changed since the plan); left as it is`
        : `未部署：开始部署时它已不再使用 ${oldId}（在列出计划之后被更改）；保持原样`);
      expect(await holders()).toEqual({ 'lb-1': doc.new, 'lb-2': otherId });
      expect(doc.deleted).toEqual([oldId]);
      const { requests } = await emu.state();
      expect(requests.deploys.map((d) => `${d.region} ${d.resources}`)).toEqual(['cn-north-4 1']);
    });
  }

  it('the text says so on its row and in the last line, in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      await emu.reset();
      const { certificates: [oldId, otherId] } = await emu.seed({ certificates: [held(old, 'old'), held(other, 'other')] });
      await emu.seed({ resources: ['lb-1', 'lb-2'].map((id, i) => ({ service: 'ELB', project: 'cn-north-4', id, name: `shop-${i + 1}`, certificate_id: oldId })) });
      const r = await rotateWhileMoved(['rotate', oldId!, fresh.dir, '--name', 'renewed'], otherId!, lang);
      expect(r.code, r.stderr).toBe(0);
      const newId = (await emu.state()).certificates.find((c) => c.name === 'renewed')!.id;
      expect(r.stdout).toMatch(lang === 'en' ? /shop-2 \(lb-2\) +scs\d{13} +skipped +not deployed: it no longer used/ : /shop-2 \(lb-2\) +scs\d{13} +跳过 +未部署：开始部署时它已不再使用/);
      expect(r.stdout.trimEnd().split('\n').pop()).toBe(lang === 'en'
        ? `every resource uses ${newId}: 1 deployed, 0 unchanged; 1 more was changed since the plan and left as it was`
        : `所有资源都已使用 ${newId}：部署 1 个，未变 0 个；另有 1 个在列出计划之后被更改，保持原样`);
    }
  });

  it('a look again that fails (a 400 for it alone): the plan stands, every resource deployed, exit 0', async () => {
    await emu.reset();
    const { certificates: [oldId] } = await emu.seed({ certificates: [held(old, 'old')] });
    await emu.seed({ resources: ['lb-1', 'lb-2'].map((id) => ({ service: 'ELB', project: 'cn-north-4', id, certificate_id: oldId })) });
    await emu.fault({ op: 'deployed-resources', after: 1, times: 1, status: 400 });
    const r = await run(['rotate', oldId!, fresh.dir, '--name', 'renewed', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).resources.map((x: { result: string }) => x.result)).toEqual(['deployed', 'deployed']);
    expect((await emu.state()).requests.byOperation['deployed-resources']).toBe(3);
  });
});
