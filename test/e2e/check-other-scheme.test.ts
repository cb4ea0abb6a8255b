// `scm check ldaps://ldap.example.com:636`, or imaps://, smtps://: a URL of another protocol was read as a file
// name ("cannot read ldaps://…: no such file"), which says nothing of what to give. It is now a usage error
// (exit 2) that says check reads https:// URLs and host:port and gives the target as host:port: the URL's port,
// else the protocol's port over TLS (636, 993, 465 …), else PORT to fill in. A path that exists stays a path.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'scm-check-scheme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAID = 'scm check reads https:// URLs and host:port, for a server that speaks TLS from the start; give ';

describe('scm check with a URL of another protocol', () => {
  it.each([
    ['ldaps://ldap.example.com:636', 'ldap.example.com:636'],
    ['ldaps://ldap.example.com', 'ldap.example.com:636'],
    ['imap://mail.example.com/INBOX', 'mail.example.com:993'],
    ['SMTPS://mail.example.com', 'mail.example.com:465'],
    ['gopher://old.example.com', 'old.example.com:PORT'],
  ])('%s: exit 2, nothing read or sent, give %s (en, zh, --json)', async (target, rest) => {
    const en = await runCli(['check', target]);
    expect([en.code, en.stdout, en.stderr]).toEqual([2, '', `scm: ${target}: ${SAID}${rest}\n`]);
    const zh = await runCli(['check', target, '--lang', 'zh']);
    expect(zh.stderr).toBe(`scm: ${target}：\`scm check\` 只接受 \`https://\` 地址和“主机:端口”形式（一开始就使用 TLS 的服务器）；请改用 ${rest}\n`);
    const json = await runCli(['check', target, '--json']);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: `${target}: ${SAID}${rest}` });
  });

  it('with credentials, the same host:port is given, the password hidden', async () => {
    const r = await runCli(['check', 'ldaps://cn=admin:Secr3t-value@ldap.example.com/']);
    expect([r.code, r.stderr]).toEqual([2, 'scm: ldaps://***@ldap.example.com/: credentials in a check target are not used (scm check sends no user name or password); give it without them: ldap.example.com:636\n']);
  });

  it('a folder that exists under such a name is still read as a path', async () => {
    mkdirSync(join(dir, 'ldaps:', 'x'), { recursive: true });
    const r = await runCli(['check', 'ldaps://x'], { cwd: dir });
    expect(r.stderr).not.toContain(SAID);
  });
});
