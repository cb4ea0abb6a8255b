// An input this user may not read (EACCES): certbot's keys and its live/ folders are root's alone, so `scm validate`
// run as someone else fails there. The error says so (exit 2, as before) and now carries a hint: run as a user
// who may read it, or copy the file readable. Run as user nobody via setpriv, so only as root.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, fixturesReady } from '../helpers/fixtures.js';
import { BIN } from '../helpers/run-cli.js';

const asRoot = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0 && spawnSync('id', ['nobody']).status === 0;
let dir: string;

/** `scm ...args` as user nobody (no groups), in a clean environment. */
function asNobody(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args],
    { env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1', LANG: 'C.UTF-8' }, cwd: dir, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

(asRoot && fixturesReady() ? describe : describe.skip)('an input user nobody may not read (EACCES)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-eacces-'));
    chmodSync(dir, 0o755);
    for (const name of ['rsa.crt', 'rsa-chain.pem', 'rsa.key']) copyFileSync(fixture(`cases/${name}`), join(dir, name));
    chmodSync(join(dir, 'rsa.key'), 0o600); // root's, as certbot's privkey.pem
    mkdirSync(join(dir, 'live'), { mode: 0o700 }); // root's, as /etc/letsencrypt/live/
    for (const name of ['rsa.crt', 'rsa.key']) copyFileSync(fixture(`cases/${name}`), join(dir, 'live', name));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const files = (): string[] => ['validate', '--cert', join(dir, 'rsa.crt'), '--chain', join(dir, 'rsa-chain.pem'), '--key', join(dir, 'rsa.key')];

  it('a --key file: the error and a hint to run with sudo or copy it readable, en and zh, exit 2', () => {
    const en = asNobody(files());
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`scm: cannot read ${join(dir, 'rsa.key')}: permission denied\n`
      + `hint: run scm as a user who may read it, e.g. with \`sudo\` in front (certbot keeps its keys readable by root alone), or copy it readable to you: \`sudo install -m 600 -o "$USER" ${join(dir, 'rsa.key')} .\`\n`);
    const zh = asNobody([...files(), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`提示：请以有权读取它的用户运行 \`scm\`，例如在命令前加上 \`sudo\`（\`certbot\` 的私钥只有 \`root\` 可读），或把它复制成你可读的文件：\`sudo install -m 600 -o "$USER" ${join(dir, 'rsa.key')} .\``);
  });

  it('--json: the hint in the error object', () => {
    const r = asNobody([...files(), '--json']);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stderr);
    expect(error.message).toBe(`cannot read ${join(dir, 'rsa.key')}: permission denied`);
    expect(error.hint).toMatch(/^run scm as a user who may read it, e\.g\. with `sudo` in front/);
  });

  it('the same file given as a positional argument: the same hint', () => {
    const r = asNobody(['validate', join(dir, 'rsa.crt'), join(dir, 'rsa.key')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`hint: run scm as a user who may read it`);
  });

  it('a file inside a folder nobody may not enter (certbot\'s live/): no copy command, as the path may as well be a folder', () => {
    const r = asNobody(['validate', '--cert', join(dir, 'live', 'rsa.crt'), '--key', join(dir, 'live', 'rsa.key')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: cannot read ${join(dir, 'live', 'rsa.crt')}: permission denied\nhint: run scm as a user who may read it, e.g. with \`sudo\` in front (certbot keeps its folders and keys readable by root alone)\n`);
  });

  it('a bundle folder nobody may not open: a hint to run as a user who may (no copy command), also among several folders', () => {
    const r = asNobody(['validate', join(dir, 'live')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: cannot read ${join(dir, 'live')}: permission denied\nhint: run scm as a user who may read it, e.g. with \`sudo\` in front (certbot keeps its folders and keys readable by root alone)\n`);
    const check = asNobody(['check', join(dir, 'live')]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/\nhint: run scm as a user who may read it, e\.g\. with `sudo` in front/);
    const several = asNobody(['validate', join(dir, 'live'), fixture('bundles/ec-ok'), '--json']);
    expect(several.code).toBe(2);
    expect(JSON.parse(several.stdout).bundles[0].error.hint).toMatch(/^run scm as a user who may read it/);
  });
});
