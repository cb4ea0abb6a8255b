// A config file reached through a chain of symbolic links with one made by another user halfway along, through
// the built binary: proj/scm.config.js -> att/lj (nobody's link, in nobody's folder) -> good/good.js (root's).
// nobody could repoint lj between the checks and the load, so the named code is refused before it runs, and a
// found .scmrc through such a link is ignored (its endpoint not used). Links are given to uid 65534 with
// lchown, which only root may do: skipped when the tests do not run as root.
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
let root: string;
const home = () => join(root, 'home');
const proj = () => join(home(), 'proj');
const att = () => join(root, 'att');
const good = () => join(root, 'good');
const marker = () => join(root, 'marker');
const ran = () => (existsSync(marker()) ? readFileSync(marker(), 'utf8') : '');

const scm = (args: string[]) => runCli(args, { env: { HOME: home() }, cwd: proj() });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-link-chain-'));
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  for (const d of [home(), att(), good()]) rmSync(d, { recursive: true, force: true });
  rmSync(marker(), { force: true });
  mkdirSync(proj(), { recursive: true });
  mkdirSync(good());
  mkdirSync(att());
  chownSync(att(), NOBODY, NOBODY);
  writeFileSync(join(good(), 'good.js'), `require('node:fs').writeFileSync(${JSON.stringify(marker())}, 'ran');\nmodule.exports = { region: 'ap-southeast-1' };\n`, { mode: 0o644 });
  writeFileSync(join(good(), 'good.yaml'), 'endpoint: http://127.0.0.1:9\n', { mode: 0o644 });
});

/** `name` in proj -> att/`via` (nobody's link) -> good/`target`. */
function chain(name: string, via: string, target: string): { path: string; link: string } {
  const link = join(att(), via);
  symlinkSync(join(good(), target), link);
  lchownSync(link, NOBODY, NOBODY);
  const path = join(proj(), name);
  symlinkSync(link, path);
  return { path, link };
}

describe.skipIf(!asRoot)('a symbolic link another user made, halfway along a chain', () => {
  it('a named JavaScript file through it: refused before it runs (exit 2), both languages', async () => {
    const { path, link } = chain('scm.config.js', 'lj', 'good.js');
    const r = await scm(['config', '--config', 'scm.config.js']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `scm: refusing to run config file ${path} (named by --config): it leads through the symbolic link ${link}, made by user ${NOBODY}, not by you or root; its code would run with your credentials in reach\n` +
        'hint: check the file; if it is what you want, make it yours and writable by you alone (chown, chmod go-w), in a folder only you can write to\n',
    );
    const zh = await scm(['config', '--config', 'scm.config.js', '--lang', 'zh']);
    expect(zh.stderr.split('\n')[0]).toBe(`scm: 拒绝运行配置文件 ${path}（由 --config 指定）：它经由用户 ${NOBODY} 创建的符号链接 ${link}，创建者既不是你，也不是超级用户；运行它，就是让别人能改的代码接触到你的凭证`);
    expect(ran()).toBe('');
  });

  it('a found .scmrc through it: ignored with the link named, its endpoint not used', async () => {
    const { path, link } = chain('.scmrc', 'ly', 'good.yaml');
    const r = await scm(['config', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.settings.endpoint.source).toEqual({ kind: 'derived', from: 'region' });
    expect(doc.ignoredFiles).toEqual([{ path, reason: 'link-owner' }]);
    const text = await scm(['config']);
    expect(text.stderr).toBe(`warning: ignored config file ${path}: it leads through the symbolic link ${link}, made by user ${NOBODY}, not by you or root\n`);
    const zh = await scm(['config', '--lang', 'zh']);
    expect(zh.stderr).toBe(`警告：已忽略配置文件 ${path}：它经由用户 ${NOBODY} 创建的符号链接 ${link}，创建者既不是你，也不是超级用户\n`);
  });

  it("root's own link in nobody's folder: the folder is said (nobody can replace the link)", async () => {
    const { path, link } = chain('.scmrc', 'ly', 'good.yaml');
    lchownSync(link, 0, 0);
    const r = await scm(['config']);
    expect([r.code, r.stderr]).toEqual([0, `warning: ignored config file ${path}: the symbolic link ${link} on its way is in the folder ${att()}, which belongs to user ${NOBODY}, not to you or root\n`]);
    chownSync(att(), 0, 0); // all root's now: used (a found file's endpoint on this machine is allowed)
    const ok = await scm(['config', '--json']);
    expect(JSON.parse(ok.stdout).settings.endpoint.source).toMatchObject({ kind: 'file', path });
  });
});
