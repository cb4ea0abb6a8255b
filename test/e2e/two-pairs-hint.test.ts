// Two complete pairs in one file (exit 2): the hint's command named no file ('openssl pkcs12 -in FILE -nodes', in
// ASCII quotes), unlike every other hint since 592c76a; it now names the file as given, one shell word in
// backticks, so it pastes as-is from any folder ('my pairs/it's.pem').
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const ENV = (): Record<string, string> => ({ HOME: root, XDG_CONFIG_HOME: join(root, 'cfg') });
const FILE = "my pairs/it's.pem";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-two-pairs-'));
  mkdirSync(join(root, 'my pairs'));
  copyFileSync(fixture('cases/dual-pairs.pem'), join(root, FILE));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it.each(['en', 'zh'] as const)('%s: the hint names the file, and its command runs as pasted', async (lang) => {
  const r = await runCli(['validate', FILE, '--lang', lang], { cwd: root, env: ENV() });
  expect(r.code).toBe(2);
  const hint = r.stderr.split('\n').find((l) => /^(hint|提示)/.test(l))!;
  const command = /`([^`]+)`/.exec(hint)![1]!;
  expect(command).toBe("openssl pkcs12 -in 'my pairs/it'\\''s.pem' -nodes");
  expect(hint).toContain(lang === 'en' ? "split my pairs/it's.pem into" : "请把 my pairs/it's.pem 中的");
  // The file is PEM here: the command gets as far as reading it (it is not PKCS#12), so the path pastes whole.
  let out = '';
  try {
    execFileSync('sh', ['-c', `${command} -passin pass:x`], { cwd: root, stdio: 'pipe' });
  } catch (e) {
    out = String((e as { stderr?: Buffer }).stderr ?? '');
  }
  expect(out).not.toMatch(/No such file|Could not open/i);
});
