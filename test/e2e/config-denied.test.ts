// A config file named with --config (or by an $import) in a folder the user may not search: scm cannot even
// see whether it is there, and must say so ("permission denied"), not "does not exist", which sends the user
// looking for a typo. Run as a second, real user (nobody, through setpriv) against root's 0700 folder;
// skipped when the tests do not run as root, setpriv is missing, or nobody cannot run scm from this checkout (a
// clone inside root's 0700 mktemp folder: nobody cannot reach bin/scm.js, and every run would fail for that).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';

const NOBODY = 65534;
const canSwitch =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, '--version']).status === 0;
let root: string;
const closed = () => join(root, 'closed');
const home = () => join(root, 'home');

/** scm as nobody, in its own home. */
function asNobody(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args], {
    cwd: home(),
    env: { PATH: process.env.PATH, HOME: home(), LANG: 'C.UTF-8', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-denied-'));
  chmodSync(root, 0o755);
  mkdirSync(closed(), { mode: 0o700 });
  writeFileSync(join(closed(), 'scm.yaml'), 'region: ap-southeast-1\n', { mode: 0o644 });
  mkdirSync(home());
  chownSync(home(), NOBODY, NOBODY);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!canSwitch)('a named config file behind a folder the user may not search', () => {
  it('--config: "permission denied", exit 2, both languages; a file truly missing still "does not exist"', () => {
    const path = join(closed(), 'scm.yaml');
    expect(asNobody(['config', '--config', path])).toEqual({ code: 2, stdout: '', stderr: `scm: cannot read config file ${path} (named by --config): permission denied\n` });
    expect(asNobody(['config', '--config', path, '--lang', 'zh']).stderr).toBe(`scm: 无法读取配置文件 ${path}（由 --config 指定）：权限不足\n`);
    const missing = join(home(), 'nothere.yaml');
    expect(asNobody(['config', '--config', missing]).stderr).toBe(`scm: config file ${missing} (named by --config) does not exist\n`);
  });

  it('an $import that leads there: the imported file is named, with the file that imports it', () => {
    const target = join(closed(), 'scm.yaml');
    const from = join(home(), 'main.yaml');
    writeFileSync(from, `$import: ${target}\n`, { mode: 0o644 });
    chownSync(from, NOBODY, NOBODY);
    expect(asNobody(['config', '--config', from])).toEqual({ code: 2, stdout: '', stderr: `scm: cannot read config file ${target} (named by $import in ${from}): permission denied\n` });
  });

  // A TypeScript config is compiled to a file beside it: in a folder the user may read but not write (root's,
  // read by a service account; a read-only mount), that write failed and was said as the config unreadable.
  it('a TypeScript config in a folder the user cannot write: says the folder cannot take the compiled file, not "cannot read"', () => {
    const shared = join(root, 'shared');
    mkdirSync(shared, { mode: 0o755 });
    const path = join(shared, 'scm.config.ts');
    writeFileSync(path, "const region: string = 'ap-southeast-1';\nexport default { region };\n", { mode: 0o644 });
    expect(asNobody(['config', '--config', path])).toEqual({ code: 2, stdout: '', stderr: `scm: cannot load config file ${path}: a TypeScript config is compiled to a file beside it, and ${shared} cannot take one (permission denied)\nhint: write the config as .js, .mjs, JSON or YAML (no compiling needed), or keep the .ts file in a folder you can write to\n` });
    expect(asNobody(['config', '--config', path, '--lang', 'zh']).stderr).toBe(`scm: 无法加载配置文件 ${path}：.ts 配置需要先编译成同一目录下的另一个文件，而 ${shared} 中无法写入（权限不足）\n提示：请把配置改写为 .js、.mjs、JSON 或 YAML 格式（无需编译），或把 .ts 文件放到你有写权限的目录中\n`);
  });
});
