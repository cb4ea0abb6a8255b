// `scm upload --push WAF:cn-north-4 --push waf:cn-north-4,cn-east-3 --push CDN --push cdn` (a hook's push list
// joined with a script's own, say): each --push was carried out on its own, so WAF cn-north-4 was pushed twice
// (two copies in WAF, as every WAF/ELB push makes one) and CDN twice. The targets of one service are now one
// push: each target once, one table per service.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-push-merge-'));
  b = makeBundle(join(dir, 'b'), { cn: 'merge.example.com' });
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('the same service named twice is one push: every target once (exit 0)', async () => {
  const env = { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir };
  const r = await runCli(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'merge-1', '--push', 'WAF:cn-north-4', '--push', 'waf:cn-north-4,cn-east-3', '--push', 'CDN', '--push', 'cdn', '--json'], { env });
  expect(r.code, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.push.map((p: any) => [p.service, p.results.map((x: any) => x.project)])).toEqual([['WAF', ['cn-north-4', 'cn-east-3']], ['CDN', ['']]]);
  const held = (await emu.state()).certificates.find((c) => c.id === doc.certificate_id)!;
  expect(held.pushes.map((p) => `${p.service}:${p.project}`).sort()).toEqual(['CDN:', 'WAF:cn-east-3', 'WAF:cn-north-4']);
});
