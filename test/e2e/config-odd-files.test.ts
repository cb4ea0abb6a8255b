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
