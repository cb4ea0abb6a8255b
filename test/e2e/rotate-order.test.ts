// The order of a rotation's resources, through the built binary: numbers in names as numbers (lb-2 before lb-10),
// and the same order whatever the machine's locale (LANG=zh_CN.UTF-8 sorted Chinese names by pinyin, C by code
// point), in the plan's table and in --json, so that two runs of one rotation read alike everywhere.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const NAMES = ['lb-10', 'lb-2', '负载均衡-10', '北京', 'lb-1', '上海', '负载均衡-2', 'lb-02'];
// 上海 (U+4E0A) before 北京 (U+5317) as CLDR's root collation orders Han; lb-02 before lb-2 by code unit (numerically equal).
const ORDER = ['lb-1', 'lb-02', 'lb-2', 'lb-10', '上海', '北京', '负载均衡-2', '负载均衡-10'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-rotate-order-'));
  old = makeBundle(join(dir, 'old'), { cn: 'example.com' });
  fresh = makeBundle(join(dir, 'new'), { cn: 'example.com' });
  emu = await spawnEmulator([]);
}, 60_000);
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('scm rotate lists resources in natural order, the same in every locale', () => {
  it('ELB certificates named lb-1 .. lb-10 and in Chinese: lb-2 before lb-10, and one order under zh_CN and C', async () => {
    const { certificates: [id] } = await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] });
    await emu.seed({ resources: NAMES.map((name, i) => ({ service: 'ELB', project: 'cn-north-4', id: `elb-${String.fromCharCode(0x61 + i)}`, name, certificate_id: id })) });
    const plans: string[][] = [];
    for (const LANG of ['zh_CN.UTF-8', 'C.UTF-8', 'en_US.UTF-8']) {
      const r = await run(['rotate', id!, fresh.dir, '--dry-run', '--json', '--lang', 'en'], { env: { LANG, LC_ALL: LANG } });
      expect(r.code, r.stderr).toBe(0);
      plans.push(JSON.parse(r.stdout).resources.map((x: { resourceName: string }) => x.resourceName));
      const text = await run(['rotate', id!, fresh.dir, '--dry-run', '--lang', 'zh'], { env: { LANG, LC_ALL: LANG } });
      expect(text.code, text.stderr).toBe(0);
      const shown = NAMES.map((n) => [n, text.stdout.indexOf(` ${n} `)] as const).sort((a, b) => a[1] - b[1]);
      expect(shown.every(([, at]) => at > 0)).toBe(true);
      expect(shown.map(([n]) => n), LANG).toEqual(ORDER);
    }
    expect(plans).toEqual([ORDER, ORDER, ORDER]);
  });
});
