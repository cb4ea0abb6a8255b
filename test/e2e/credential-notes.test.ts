// APIGW.0301 (credentials refused) has a note that is true of one kind of credential only: 5 failed AK/SK
// signatures lock the AK for 5 minutes. After a failed call scm knows which kind it used, so it says only that
// kind's note (with a token, never the AK lock); `scm explain APIGW.0301`, without that context, says each, briefly.
// Through the built binary, against the emulator.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnEmulator, TEST_AK, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
beforeAll(async () => void (emu = await spawnEmulator()));
afterAll(async () => emu?.stop());

const AK_LOCK = { en: 'note: with AK/SK, 5 consecutive failures lock the AK for 5 minutes', zh: '说明：使用 AK/SK 时，连续认证失败 5 次后该 AK 会被锁定 5 分钟' };
const TOKEN = { en: 'note: with an IAM token (SCM_AUTH_TOKEN) no AK is locked; a token is valid for 24 hours', zh: '说明：使用 IAM Token（SCM_AUTH_TOKEN）时不涉及 AK 锁定；Token 自签发起 24 小时内有效' };
const creds = {
  token: { SCM_AUTH_TOKEN: 'not-a-token-the-emulator-knows' },
  aksk: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: 'not-the-secret-key-of-this-ak' },
};

it.each([
  ['token', 'en', TOKEN, AK_LOCK],
  ['token', 'zh', TOKEN, AK_LOCK],
  ['aksk', 'en', AK_LOCK, TOKEN],
  ['aksk', 'zh', AK_LOCK, TOKEN],
] as const)('refused with a %s (%s): the note of that credential alone', async (kind, lang, said, notSaid) => {
  const r = await runCli(['list', '--retries', '0', '--lang', lang], { env: { SCM_ENDPOINT: emu.url, ...creds[kind] } });
  expect(r.code, r.stderr).toBe(3);
  expect(r.stderr).toContain('APIGW.0301');
  expect(r.stderr).toContain(said[lang]);
  expect(r.stderr).not.toContain(notSaid[lang]);
  // --json: the same words in the error's message.
  const j = await runCli(['list', '--retries', '0', '--lang', lang, '--json'], { env: { SCM_ENDPOINT: emu.url, ...creds[kind] } });
  const message = JSON.parse(j.stderr.trim().split('\n').pop()!).error.message as string;
  expect(message).toContain(said[lang]);
  expect(message).not.toContain(notSaid[lang]);
});

it('scm explain APIGW.0301, knowing no credential: both notes, each naming its kind (en, zh, --json)', async () => {
  const en = await runCli(['explain', 'APIGW.0301']);
  expect(en.code).toBe(0);
  expect(en.stdout).toMatch(/Note +With AK\/SK, 5 consecutive failures lock the AK for 5 minutes; every request fails meanwhile\.\n/);
  expect(en.stdout).toMatch(/Note +With an IAM token \(SCM_AUTH_TOKEN\) no AK is locked; a token is valid for 24 hours/);
  const zh = await runCli(['explain', 'APIGW.0301', '--lang', 'zh']);
  expect(zh.stdout).toMatch(/说明 +使用 AK\/SK 时，连续认证失败 5 次后该 AK 会被锁定 5 分钟/);
  expect(zh.stdout).toMatch(/说明 +使用 IAM Token（SCM_AUTH_TOKEN）时不涉及 AK 锁定/);
  const doc = JSON.parse((await runCli(['explain', 'APIGW.0301', '--json'])).stdout) as Array<{ notes: Array<{ credential?: string }> }>;
  expect(doc[0]!.notes.map((n) => n.credential)).toEqual(['aksk', 'token']);
});
