// A .p7b saved as base64 without armor lines (a CA portal's text box pasted into a file) was called a
// certificate without BEGIN/END CERTIFICATE lines (--cert: wrap each certificate, which a PKCS#7 set is not) or,
// in a folder or among files, 'no certificate among ...'. It is now named for what it is, with the command that
// decodes it to the .p7b scm reads; following it, the file given or the folder validated again passes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const ENV = (): Record<string, string> => ({ HOME: root, XDG_CONFIG_HOME: join(root, 'cfg') });
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-bare-p7-'));
  copyFileSync(fixture('cases/rsa-fullchain-p7.b64.txt'), join(root, 'chain p7.b64.txt'));
  copyFileSync(fixture('cases/rsa.key'), join(root, 'rsa.key'));
  mkdirSync(join(root, 'site'));
  copyFileSync(fixture('cases/rsa-fullchain-p7.b64.txt'), join(root, 'site', 'cert.p7b'));
  copyFileSync(fixture('cases/rsa.key'), join(root, 'site', 'privkey.pem'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Finding = { rule: string; code: string; message: string; fix: string };
const findings = (stdout: string): Finding[] => JSON.parse(stdout).findings as Finding[];
const commandOf = (fix: string): string => /`([^`]+)`/.exec(fix)![1]!;

it('--cert: one finding naming the PKCS#7 set, whose command gives a .p7b that validates', async () => {
  const r = await runCli(['validate', '--cert', 'chain p7.b64.txt', '--key', 'rsa.key', '--json'], { cwd: root, env: ENV() });
  expect(r.code).toBe(1);
  const [one, ...more] = findings(r.stdout);
  expect(more).toEqual([]);
  expect([one!.rule, one!.code]).toEqual(['cert-armor-missing', 'SCM.0053']);
  expect(one!.message).toBe('chain p7.b64.txt holds a PKCS#7 set (.p7b) of 2 certificates in base64, without -----BEGIN PKCS7----- and -----END PKCS7----- lines');
  expect(commandOf(one!.fix)).toBe("base64 -d 'chain p7.b64.txt' > 'chain p7.p7b'");
  execFileSync('sh', ['-c', commandOf(one!.fix)], { cwd: root });
  const ok = await runCli(['validate', '--cert', 'chain p7.p7b', '--key', 'rsa.key', '--json'], { cwd: root, env: ENV() });
  expect([ok.code, JSON.parse(ok.stdout).valid]).toEqual([0, true]);
});

it('zh: the same finding in Chinese', async () => {
  const r = await runCli(['validate', '--cert', 'chain p7.b64.txt', '--key', 'rsa.key', '--json', '--lang', 'zh'], { cwd: root, env: ENV() });
  expect(findings(r.stdout)[0]!.message).toBe('chain p7.b64.txt 中是 Base64 编码的 PKCS#7 证书集（.p7b，含 2 张证书），缺少 -----BEGIN PKCS7----- 和 -----END PKCS7----- 行');
  expect(findings(r.stdout)[0]!.fix).toContain("`base64 -d 'chain p7.b64.txt' > 'chain p7.p7b'`");
});

it('a bundle folder: the finding, not "no certificate"; the command pasted, the folder validated again passes', async () => {
  const r = await runCli(['validate', 'site', '--json'], { cwd: root, env: ENV() });
  expect(r.code).toBe(1);
  const all = findings(r.stdout);
  expect(all.map((f) => f.rule)).toEqual(['cert-armor-missing']);
  expect(commandOf(all[0]!.fix)).toBe('base64 -d site/cert.p7b > site/cert.der.p7b');
  execFileSync('sh', ['-c', commandOf(all[0]!.fix)], { cwd: root });
  const ok = await runCli(['validate', 'site', '--json'], { cwd: root, env: ENV() });
  expect([ok.code, JSON.parse(ok.stdout).valid]).toEqual([0, true]);
});
