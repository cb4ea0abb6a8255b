// An encrypted key's fix names the key file given (as one shell word), not a placeholder encrypted.key: the
// command, pasted with the password added, writes FILE.dec beside it, a key that validates with the certificate,
// also when the key is in a bundle folder validated again (a plain.key in the current folder left it failing).
// Standard input has no name: its fix keeps the rule's wording.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeChain } from '../../scripts/make-chain.mjs';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const ENV = (): Record<string, string> => ({ HOME: root, XDG_CONFIG_HOME: join(root, 'cfg') });
const KEY = "my keys/it's $k.key";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-enc-key-'));
  makeChain(join(root, 'c'), { cn: 'enc.example.test' });
  mkdirSync(join(root, 'my keys'));
  execFileSync('openssl', ['pkcs8', '-topk8', '-in', join(root, 'c', 'privkey.pem'), '-passout', 'pass:pw', '-out', join(root, KEY)]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixOf = (stdout: string): string => (JSON.parse(stdout).findings as { rule: string; fix: string }[]).find((f) => f.rule === 'key-encrypted')!.fix;

it.each(['en', 'zh'] as const)('%s: the fix names the key file, and its command removes the password', async (lang) => {
  const r = await runCli(['validate', '--cert', 'c/fullchain.pem', '--key', KEY, '--json', '--lang', lang], { cwd: root, env: ENV() });
  expect(r.code).toBe(1);
  const fix = fixOf(r.stdout);
  const command = /`([^`]+)`/.exec(fix)![1]!;
  expect(command).toBe(`openssl pkey -in 'my keys/it'\\''s $k.key' -out 'my keys/it'\\''s $k.key.dec'`);
  rmSync(join(root, `${KEY}.dec`), { force: true });
  execFileSync('sh', ['-c', `${command} -passin pass:pw`], { cwd: root, stdio: 'pipe' });
  expect(statSync(join(root, `${KEY}.dec`)).mode & 0o077).toBe(0);
  const ok = await runCli(['validate', '--cert', 'c/fullchain.pem', '--key', `${KEY}.dec`, '--json'], { cwd: root, env: ENV() });
  expect([ok.code, JSON.parse(ok.stdout).valid]).toEqual([0, true]);
});

it('a bundle folder: the command pasted as given, the folder validated again passes', async () => {
  mkdirSync(join(root, 'site'));
  copyFileSync(join(root, 'c', 'fullchain.pem'), join(root, 'site', 'fullchain.pem'));
  copyFileSync(join(root, KEY), join(root, 'site', 'privkey.pem'));
  const r = await runCli(['validate', 'site', '--json'], { cwd: root, env: ENV() });
  expect(r.code).toBe(1);
  const command = /`([^`]+)`/.exec(fixOf(r.stdout))![1]!;
  expect(command).toBe('openssl pkey -in site/privkey.pem -out site/privkey.pem.dec');
  execFileSync('sh', ['-c', `${command} -passin pass:pw`], { cwd: root, stdio: 'pipe' });
  const ok = await runCli(['validate', 'site', '--json'], { cwd: root, env: ENV() });
  expect([ok.code, JSON.parse(ok.stdout).valid]).toEqual([0, true]);
});

it('standard input: the rule\'s own fix', async () => {
  const r = await runCli(['validate', '--cert', 'c/fullchain.pem', '--key', '-', '--json'], { cwd: root, env: ENV(), input: readFileSync(join(root, KEY)) });
  expect(fixOf(r.stdout)).toContain('`openssl pkey -in encrypted.key -out plain.key`');
});
