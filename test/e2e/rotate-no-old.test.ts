// `scm rotate --domain D` when no other certificate in SCM covers D: the plan said "then: delete the old
// certificates nothing uses any more" and the ending "nothing to do: every resource the old certificates were
// on uses NEW", of old certificates there were none. Both now say that no other certificate covers D; still
// "nothing to do" and exit 0 (as a rerun after --delete-old, which meets the same), in English and Chinese.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const NEW = 'scs1700000000009';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
const utc8 = (d: string | Date): string => `${new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} (UTC+8)`;
const AT = inDays(200);
const END = utc8(AT);
const END_ZH = END.replace(' (UTC+8)', '（UTC+8）');

beforeAll(async () => ({ dir, emu } = await rotationWorld('rotate-no-old')), 60_000);
afterAll(async () => leaveWorld(emu, dir));
beforeEach(async () => {
  await emu.reset();
  await emu.seed({ certificates: [{ id: NEW, name: 'x9', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: AT }] });
});

it('the plan and the ending say no other certificate covers the domain; nothing to delete; exit 0', async () => {
  const r = await run(['rotate', '--domain', 'www.example.com', '--to', NEW, '--delete-old', '--disable-notifications']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe([
    `rotation to ${NEW} (example.com, www.example.com; expires ${END}) from no other certificate (none in SCM covers www.example.com)`,
    'plan: nothing to deploy',
    '',
    `nothing to do: no other certificate in SCM covers www.example.com, so ${NEW} replaces none`,
    '',
  ].join('\n'));
  const zh = await run(['rotate', '--domain', 'www.example.com', '--to', NEW, '--delete-old', '--lang', 'zh']);
  expect(zh.code, zh.stderr).toBe(0);
  expect(zh.stdout).toBe([
    `轮换为 ${NEW}（example.com、www.example.com；到期时间 ${END_ZH}）；旧证书：无（SCM 中没有其他证书涵盖 www.example.com）`,
    '计划：无需部署',
    '',
    `无需操作：SCM 中没有其他证书涵盖 www.example.com，${NEW} 无需替换任何证书`,
    '',
  ].join('\n'));
  const json = await run(['rotate', '--domain', 'www.example.com', '--to', NEW, '--json']);
  expect([json.code, JSON.parse(json.stdout).status, JSON.parse(json.stdout).old]).toEqual([0, 'nothing-to-do', []]);
});
