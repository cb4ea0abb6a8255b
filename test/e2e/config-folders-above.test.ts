// Through the built binary (run as root): a config file in a folder of root's own, below a folder another
// user owns or anyone may write to (no sticky bit). Whoever may write in the folder above may rename the
// config's folder away and put one of their own in its place between scm's checks and the load; so every
// folder on the real path, up to /, is judged as the file's own folder is, and a named JavaScript file is
// refused before it runs (a marker file proves it never ran, the start-up lookup of the language included).
// Folders are given to uid 65534 with chown, which only root may do: skipped when the tests do not run as root.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
let root: string;
const home = () => join(root, 'home');
const proj = () => join(home(), 'proj');
/** nobody's folder, with root's folder `conf` in it. */
const att = () => join(root, 'att');
const conf = () => join(att(), 'conf');
const marker = () => join(root, 'marker');
const ran = () => (existsSync(marker()) ? readFileSync(marker(), 'utf8') : '');
const code = () => `require('node:fs').writeFileSync(${JSON.stringify(marker())}, 'ran');\nmodule.exports = { region: 'ap-southeast-1', lang: 'zh' };\n`;

const scm = (args: string[], env: Record<string, string> = {}, cwd = proj()) => runCli(args, { env: { HOME: home(), ...env }, cwd });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-folders-above-'));
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  for (const d of [home(), att()]) rmSync(d, { recursive: true, force: true });
  rmSync(marker(), { force: true });
  mkdirSync(proj(), { recursive: true });
  mkdirSync(conf(), { recursive: true });
  chownSync(att(), NOBODY, NOBODY);
  writeFileSync(join(conf(), 'scm.config.js'), code(), { mode: 0o644 });
  writeFileSync(join(conf(), '.scmrc'), 'endpoint: http://127.0.0.1:9\n', { mode: 0o644 });
});

describe.skipIf(!asRoot)('a folder above the config file that another user may change', () => {
  it('a named JavaScript file: refused before it runs (exit 2), both languages, and not run to find the language', async () => {
    const path = join(conf(), 'scm.config.js');
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `scm: refusing to run config file ${path} (named by --config): the folder ${att()} on its way belongs to user ${NOBODY}, not to you or root; its code would run with your credentials in reach\n` +
        'hint: check the file; if it is what you want, make it yours and writable by you alone (chown, chmod go-w), in a folder only you can write to\n',
    ]);
    const zh = await scm(['list', '--lang', 'zh'], { SCM_CONFIG: path });
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 拒绝运行配置文件 ${path}（由 SCM_CONFIG 指定）：它途经的目录 ${att()} 属于用户 ${NOBODY}，既不是你，也不是超级用户；运行它，就是让别人能改的代码接触到你的凭证`]);
    const explain = await scm(['explain', 'SCM.0014'], { SCM_CONFIG: path });
    expect(explain.code).toBe(0);
    expect(ran()).toBe('');
    chownSync(att(), 0, 0); // all root's now: it runs
    const ok = await scm(['config', '--config', path, '--json']);
    expect([ok.code, JSON.parse(ok.stdout).settings.region.value, ran()]).toEqual([0, 'ap-southeast-1', 'ran']);
  });

  it('a named JavaScript file reached through a link of the user\'s own: the folders above the target count', async () => {
    symlinkSync(conf(), join(proj(), 'conf'));
    const r = await scm(['config', '--config', 'conf/scm.config.js']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: refusing to run config file ${join(proj(), 'conf/scm.config.js')} (named by --config): the folder ${att()} on its way belongs to user ${NOBODY}, not to you or root; its code would run with your credentials in reach`]);
    expect(ran()).toBe('');
  });

  it('a found .scmrc through a link into such a folder: ignored, saying which folder, its endpoint not used', async () => {
    symlinkSync(join(conf(), '.scmrc'), join(proj(), '.scmrc'));
    const path = join(proj(), '.scmrc');
    const r = await scm(['config', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.settings.endpoint.source).toEqual({ kind: 'derived', from: 'region' });
    expect(doc.ignoredFiles).toEqual([{ path, reason: 'dir-owner' }]);
    const text = await scm(['config']);
    expect(text.stderr).toBe(`warning: ignored config file ${path}: the folder ${att()} on its way belongs to user ${NOBODY}, not to you or root\n`);
    const zh = await scm(['config', '--lang', 'zh']);
    expect(zh.stderr).toBe(`警告：已忽略配置文件 ${path}：它途经的目录 ${att()} 属于用户 ${NOBODY}，既不是你，也不是超级用户\n`);
  });

  it('a folder above that anyone may write to: ignored without the sticky bit, used with it', async () => {
    rmSync(join(conf(), 'scm.config.js'));
    chownSync(att(), 0, 0);
    chmodSync(att(), 0o777);
    const path = join(conf(), '.scmrc');
    const r = await scm(['config'], {}, conf()); // outside $HOME: that folder alone is searched
    expect([r.code, r.stderr]).toEqual([0, `warning: ignored config file ${path}: other users can write to the folder ${att()} on its way (mode 777, no sticky bit)\n`]);
    const zh = await scm(['config', '--lang', 'zh'], {}, conf());
    expect(zh.stderr).toBe(`警告：已忽略配置文件 ${path}：其他用户可以写入它途经的目录 ${att()}（权限 777，未设置粘滞位）\n`);
    chmodSync(att(), 0o1777);
    const ok = await scm(['config', '--json'], {}, conf());
    expect([ok.code, ok.stderr, JSON.parse(ok.stdout).settings.endpoint.source]).toMatchObject([0, '', { kind: 'file', path }]);
  });
});
