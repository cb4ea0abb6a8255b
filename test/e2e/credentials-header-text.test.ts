// A credential or id that travels in an HTTP header (SCM_AUTH_TOKEN as X-Auth-Token, the AK in Authorization,
// HUAWEICLOUD_SDK_SECURITY_TOKEN, HUAWEICLOUD_SDK_PROJECT_ID) with a line break or an invisible character in it,
// as a long token copied from a wrapped terminal or a web page brings along. Node refuses such a request before
// sending it; scm took that for a failed connection: three retries, "check the network and any proxy", exit 5,
// and after an import "the import may have succeeded". Now: refused before anything is sent, exit 3, naming
// where the value came from (never the value), in both languages and as the JSON error line.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK, TEST_TOKEN } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('header-text');
const HINT = 'hint: set it again on one line, without invisible characters (a token or key copied from a web page or a wrapped terminal can bring them along)\n';
const broken = `${TEST_TOKEN.slice(0, 20)}\n${TEST_TOKEN.slice(20)}`;

describe('credentials a header cannot carry', () => {
  it('SCM_AUTH_TOKEN with a line break: upload refused before anything is sent, exit 3, no retry, no "may have succeeded"', async () => {
    const r = await runCli(['upload', t.b.dir, '--name', 'header-text', '-q'], { env: t.env({ HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '', SCM_AUTH_TOKEN: broken }), cwd: t.dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`scm: SCM_AUTH_TOKEN cannot be sent: its character 21 is a line break, which an HTTP header cannot carry; nothing was sent\n${HINT}`);
    expect(r.stdout).toBe('');
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('an AK with a zero-width space after it: named, exit 3; the same in Chinese and as the JSON error line', async () => {
    const env = t.env({ HUAWEICLOUD_SDK_AK: `${TEST_AK}\u200b` });
    const r = await runCli(['list'], { env, cwd: t.dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`scm: HUAWEICLOUD_SDK_AK cannot be sent: its character ${TEST_AK.length + 1} is U+200B (a zero-width space, invisible), which an HTTP header cannot carry; nothing was sent\n${HINT}`);
    const zh = await runCli(['list', '--lang', 'zh'], { env, cwd: t.dir });
    expect(zh.code).toBe(3);
    expect(zh.stderr).toBe(
      `scm: HUAWEICLOUD_SDK_AK 无法发送：它的第 ${TEST_AK.length + 1} 个字符是 U+200B（零宽空格，不可见），HTTP 请求头中不能包含这样的字符；没有发送任何请求\n提示：请重新设置，写在一行内且不含不可见字符（从网页或自动换行的终端复制的 Token 或密钥可能夹带这类字符）\n`,
    );
    const json = await runCli(['show', 'scs1700000000101', '--json'], { env, cwd: t.dir });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'CredentialsError', exitCode: 3, message: expect.stringMatching(/^HUAWEICLOUD_SDK_AK cannot be sent/) });
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('a project id with a control character, a security token with a line break: named; a --dry-run is refused too', async () => {
    const project = await runCli(['deploy', 'scs1700000000101', '--service', 'CDN', '--resource', 'a.example.test', '--dry-run'], { env: t.env({ HUAWEICLOUD_SDK_PROJECT_ID: 'abc\u0007def' }), cwd: t.dir });
    expect([project.code, project.stderr.split('\n')[0]]).toEqual([3, 'scm: HUAWEICLOUD_SDK_PROJECT_ID cannot be sent: its character 4 is the control character U+0007, which an HTTP header cannot carry; nothing was sent']);
    const token = await runCli(['list'], { env: t.env({ HUAWEICLOUD_SDK_SECURITY_TOKEN: 'temporary\r\ntoken-value' }), cwd: t.dir });
    expect([token.code, token.stderr.split('\n')[0]]).toEqual([3, 'scm: HUAWEICLOUD_SDK_SECURITY_TOKEN cannot be sent: its character 10 is a line break, which an HTTP header cannot carry; nothing was sent']);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('a token in a config file: the file and key are named, the value never is', async () => {
    const file = join(t.dir, 'token.yaml');
    writeFileSync(file, `authToken: ${JSON.stringify(broken)}\n`);
    chmodSync(file, 0o600);
    const r = await runCli(['list', '--config', file], { env: t.env({ HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '' }), cwd: t.dir });
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe(`scm: authToken in ${file} cannot be sent: its character 21 is a line break, which an HTTP header cannot carry; nothing was sent`);
    expect(r.stderr).not.toContain(TEST_TOKEN.slice(20, 40));
  });

  it('trailing line breaks and spaces are still trimmed away (a token read with $(cat file)): the request goes', async () => {
    const r = await runCli(['list', '-q'], { env: t.env({ HUAWEICLOUD_SDK_AK: `${TEST_AK}\r\n`, HUAWEICLOUD_SDK_SK: `${TEST_SK}\n` }), cwd: t.dir });
    expect([r.code, r.stderr]).toEqual([0, 'no certificates match\n']);
  });
});
