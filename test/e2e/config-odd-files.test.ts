// Config files that are not what a config file usually is, through the built binary: /dev/stdin on a pipe
// named with --config (the system reaches it through /proc/self/fd/0 -> `pipe:[N]`, a name that is no path);
// a package.json that starts with a UTF-8 BOM (Windows editors write one; npm reads past it).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const home = () => join(dir, 'home');
const repo = () => join(home(), 'repo');
const scm = (args: string[], o: { input?: string; env?: Record<string, string> } = {}) =>
  runCli(args, { env: { HOME: home(), XDG_CONFIG_HOME: undefined, ...o.env }, cwd: repo(), timeoutMs: 10_000, ...(o.input !== undefined ? { input: o.input } : {}) });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-odd-config-'));
  mkdirSync(repo(), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('odd config files', () => {
  it('--config /dev/stdin (a pipe): "is not a file", exit 2, both languages; never "does not exist", never a hang', async () => {
    for (const [args, env] of [[['config', '--config', '/dev/stdin']], [['config'], { SCM_CONFIG: '/dev/stdin' }]] as const) {
      const r = await scm([...args], { input: 'region: ap-southeast-1\n', ...(env ? { env } : {}) });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: config file /dev/stdin (named by ${env ? 'SCM_CONFIG' : '--config'}) is not a file\n`]);
    }
    const zh = await scm(['config', '--config', '/dev/stdin', '--lang', 'zh'], { input: 'region: x\n' });
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: 配置文件 /dev/stdin（由 --config 指定）不是文件\n']);
  });

  it('--config - / SCM_CONFIG=-: standard input is never read for settings: a usage error saying so (exit 2), not "./- does not exist", even with a file named - there', async () => {
    const hint = 'hint: put the settings in a file and name it with --config FILE, or set them in the environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, SCM_ENDPOINT)\n';
    for (const [args, env, by] of [[['config', '--config', '-'], undefined, '--config'], [['config'], { SCM_CONFIG: '-' }, 'SCM_CONFIG']] as const) {
      const r = await scm([...args], { input: 'region: ap-southeast-1\n', ...(env ? { env } : {}) });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: ${by} -: scm does not read settings from standard input (for a file named -, write ./-)\n${hint}`]);
    }
    const dash = join(repo(), '-');
    writeFileSync(dash, '{"region":"ap-southeast-1","lang":"zh"}');
    chmodSync(dash, 0o600);
    try {
      const r = await scm(['config', '--config', '-'], { input: '' });
      expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'scm: --config -: scm does not read settings from standard input (for a file named -, write ./-)']);
      const file = await scm(['config', '--json', '--config', './-']);
      expect([file.code, JSON.parse(file.stdout).settings.region.value]).toEqual([0, 'ap-southeast-1']);
    } finally {
      rmSync(dash);
    }
    const zh = await scm(['config', '--config', '-', '--lang', 'zh'], { input: '' });
    expect([zh.code, zh.stderr]).toEqual([
      2,
      'scm: --config -：scm 不从标准输入读取设置（名为 - 的文件请写作 `./-`）\n' +
        '提示：请把设置写进文件并用 `--config FILE` 指定，或在环境变量中设置（HUAWEICLOUD_SDK_AK、HUAWEICLOUD_SDK_SK、SCM_ENDPOINT）\n',
    ]);
  });

  it('the "scm" key of a package.json with a UTF-8 BOM is read (it was passed over in silence), lang included', async () => {
    const pkg = join(repo(), 'package.json');
    writeFileSync(pkg, '\ufeff{"name":"site","scm":{"region":"ap-southeast-1","lang":"zh"}}');
    chmodSync(pkg, 0o644);
    try {
      const r = await scm(['config', '--json']);
      const doc = JSON.parse(r.stdout);
      expect([r.code, doc.settings.region.value, doc.settings.lang.value, doc.configFiles]).toEqual([0, 'ap-southeast-1', 'zh', [{ path: pkg, layer: 'project' }]]);
    } finally {
      rmSync(pkg);
    }
  });
});
