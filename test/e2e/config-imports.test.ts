// What a file named with --config imports, through the built binary: each setting is shown with the file that
// holds it, a secret others can read is warned about naming that file, and a loop of `$import`s is said as
// such (exit 2, the files named in order), not as a file that does not parse.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const dir = () => join(root, 'cfg');
const scm = (args: string[]) => runCli(args, { env: { HOME: join(root, 'home') }, cwd: dir() });
const put = (name: string, text: string, mode = 0o600): string => {
  const path = join(dir(), name);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-imports-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(dir(), { recursive: true, force: true });
  mkdirSync(dir(), { recursive: true });
  mkdirSync(join(root, 'home'), { recursive: true });
});

describe('a circular $import', () => {
  it('a file that imports itself: exit 2, said as a loop with the fix', async () => {
    const self = put('self.yaml', '$import: ./self.yaml\nregion: cn-north-4\n');
    const r = await scm(['config', '--config', 'self.yaml']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `scm: circular $import in config file ${self}: ${self} -> ${self}\nhint: a config file may not import itself, directly or through other files: remove the $import in ${self} that names ${self}\n`,
    ]);
  });

  it('a1 -> a2 -> a1: both files named, in both languages and in JSON', async () => {
    const a1 = put('a1.yaml', '$import: ./a2.yaml\n');
    const a2 = put('a2.yaml', '$import: ./a1.yaml\n');
    const r = await scm(['config', '--config', 'a1.yaml']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: circular $import in config file ${a2}: ${a1} -> ${a2} -> ${a1}`]);
    const zh = await scm(['config', '--config', 'a1.yaml', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([
      2,
      `scm: 配置文件 ${a2} 中的 $import 形成了循环：${a1} -> ${a2} -> ${a1}\n提示：配置文件不能直接或经由其他文件引入自身：请删除 ${a2} 中引入 ${a1} 的 $import\n`,
    ]);
    const json = await scm(['config', '--config', 'a1.yaml', '--json']);
    expect([json.code, JSON.parse(json.stderr).error.message]).toEqual([2, `circular $import in config file ${a2}: ${a1} -> ${a2} -> ${a1}`]);
  });
});

describe('settings a named file imports', () => {
  const B = 'endpoint: http://127.0.0.1:9\nak: IMPORTSAK0000001\nsk: imports-secret-000000000001\n';

  it('a3.yaml (600) imports b.yaml (644) holding sk: the warning and the source column name b.yaml', async () => {
    const b = put('b.yaml', B, 0o644);
    const a3 = put('a3.yaml', '$import: ./b.yaml\nregion: ap-southeast-1\n');
    const r = await scm(['config', '--config', 'a3.yaml']);
    expect([r.code, r.stderr]).toEqual([0, `warning: config file ${b} holds sk and is readable by others (mode 644); run: chmod 600 ${b}\n`]);
    expect(r.stdout).toMatch(new RegExp(`^ {2}region {2,}ap-southeast-1 {2,}file ${a3}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}endpoint {2,}http://127\\.0\\.0\\.1:9/ {2,}file ${b}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}sk {2,}\\*+ {2,}file ${b}$`, 'm'));
    expect(r.stdout + r.stderr).not.toContain('imports-secret');
    const json = await scm(['config', '--config', 'a3.yaml', '--json']);
    const doc = JSON.parse(json.stdout);
    expect([doc.settings.endpoint.source, doc.settings.region.source.path, doc.configFiles]).toEqual([
      { kind: 'file', path: b, key: 'endpoint', layer: 'explicit' },
      a3,
      [{ path: a3, layer: 'explicit' }],
    ]);
  });

  it('the modes the other way round: no warning', async () => {
    put('b.yaml', B, 0o600);
    put('a3.yaml', '$import: ./b.yaml\nregion: ap-southeast-1\n', 0o644);
    const r = await scm(['config', '--config', 'a3.yaml']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('an $import that names no file', () => {
  const line = (path: string) => `scm: bad config file ${path}: $import must be a file name or a list of file names\n`;
  const hint = 'hint: for example `$import: ./common.yaml` or `$import: [./a.yaml, ./b.yaml]`; a name is relative to the file that has the $import\n';
  it.each([
    ['a number', 'n.yaml', 'region: cn-north-4\n$import: 5\n'],
    ['a list with a number in it', 'l.yaml', 'region: cn-north-4\n$import: [1, ./b.yaml]\n'],
    ['an object', 'o.json', JSON.stringify({ region: 'cn-north-4', $import: { file: './b.yaml' } })],
    ['an empty name', 'e.yaml', '$import: ""\n'],
    ['null', 'z.yaml', '$import:\nregion: cn-north-4\n'],
  ])('%s: exit 2, said as such (not "cannot be parsed"), both languages', async (_, name, text) => {
    const path = put(name, text);
    const r = await scm(['config', '--config', name]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', line(path) + hint]);
    const zh = await scm(['config', '--config', name, '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([
      2,
      `scm: 配置文件 ${path} 有误：$import 的值必须是一个文件名或一组文件名\n提示：例如 \`$import: ./common.yaml\` 或 \`$import: [./a.yaml, ./b.yaml]\`；文件名相对于含有该 $import 的文件所在的目录\n`,
    ]);
  });

  it('in a file another imports: that file is named', async () => {
    const inner = put('inner.yaml', '$import: 7\n');
    put('outer.yaml', '$import: ./inner.yaml\nregion: cn-north-4\n');
    const r = await scm(['config', '--config', 'outer.yaml']);
    expect([r.code, r.stderr]).toEqual([2, line(inner) + hint]);
  });
});
