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

// The hint (the fix) likewise: it named both kinds, "the SK belongs to the AK ... and that a token is
// project-scoped", whichever was used. Now it is about the credential used alone, and says where it came from
// (the variables, or the config file's path), never its value.
const HINT = {
  aksk: {
    en: "hint: check that the SK belongs to the AK and has no stray spaces, and that this machine's clock is within 15 minutes of real time; the AK/SK used came from HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK (more: scm explain APIGW.0301)\n",
    zh: '提示：请检查 AK 与 SK 是否配对、是否有多余空格，以及本机时钟与标准时间误差是否在 15 分钟以内；本次使用的 AK/SK 来自 HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK（详见 `scm explain APIGW.0301`）\n',
  },
  token: {
    en: 'hint: check that the token is project-scoped, for this region, and unexpired (get a new one once it has expired); the IAM token used came from SCM_AUTH_TOKEN (more: scm explain APIGW.0301)\n',
    zh: '提示：请检查 Token 是否为项目级、是否属于该区域、是否已过期（过期后请重新获取）；本次使用的 IAM Token 来自 SCM_AUTH_TOKEN（详见 `scm explain APIGW.0301`）\n',
  },
};

it.each([['token', 'en'], ['token', 'zh'], ['aksk', 'en'], ['aksk', 'zh']] as const)('refused with a %s (%s): the hint names that credential and its variables, not its value', async (kind, lang) => {
  const r = await runCli(['list', '--retries', '0', '--lang', lang], { env: { SCM_ENDPOINT: emu.url, ...creds[kind] } });
  expect(r.code, r.stderr).toBe(3);
  expect(r.stderr).toContain(HINT[kind][lang]);
  const hint = r.stderr.slice(r.stderr.lastIndexOf(lang === 'en' ? 'hint:' : '提示：'));
  expect(hint).not.toMatch(kind === 'aksk' ? /token/i : /\bSK\b|AK\/SK/);
  for (const v of Object.values(creds[kind])) expect(r.stderr).not.toContain(v);
});

it('refused AK/SK from a config file: the hint names that file (en, zh)', async () => {
  const { chmodSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const home = mkdtempSync(join(tmpdir(), 'scm-e2e-cred-hint-'));
  try {
    const file = join(home, '.scmrc.json');
    writeFileSync(file, JSON.stringify({ ak: TEST_AK, sk: creds.aksk.HUAWEICLOUD_SDK_SK }), { mode: 0o600 });
    chmodSync(home, 0o700);
    const env = { SCM_ENDPOINT: emu.url, HOME: home };
    const en = await runCli(['list', '--retries', '0'], { env, cwd: home });
    expect(en.code, en.stderr).toBe(3);
    expect(en.stderr).toContain(`; the AK/SK used came from ak/sk in ${file} (more: scm explain APIGW.0301)\n`);
    expect(en.stderr).not.toContain(creds.aksk.HUAWEICLOUD_SDK_SK);
    const zh = await runCli(['list', '--retries', '0', '--lang', 'zh'], { env, cwd: home });
    expect(zh.stderr).toContain(`；本次使用的 AK/SK 来自 ${file} 中的“ak/sk”（详见 \`scm explain APIGW.0301\`）\n`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
