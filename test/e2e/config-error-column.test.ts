// Where a bad config file breaks, as "line L, column C" counted as an editor counts: a byte-order mark (Windows
// editors write one) is no column, and an emoji is one column, not the two UTF-16 units it takes. js-yaml counts
// from after the mark and in UTF-16 units; the JSON scanner counted the mark. Through the built binary, with
// files written byte for byte; never a value from the file in the message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-config-column-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BOM = '\ufeff';
let n = 0;

it.each([
  ['YAML, an emoji before the error', 'yaml', 'region: "\u{1F600}" @\n', 'cannot be parsed at line 1, column 13 (invalid YAML)'],
  ['YAML, a BOM, the error on line 1', 'yaml', `${BOM}retries: @x\n`, 'cannot be parsed at line 1, column 10 (invalid YAML)'],
  ['YAML, a BOM, a key given twice', 'yaml', `${BOM}region: cn-north-4\nregion: cn-east-3\n`, "'region' is given twice (line 2, column 1); which value counts would be a guess"],
  ['YAML, a BOM, a key given twice on line 1', 'yaml', `${BOM}{retries: 1, retries: 2}\n`, "'retries' is given twice (line 1, column 14); which value counts would be a guess"],
  ['JSON, a BOM, the error on line 1', 'json', `${BOM}{"region": }\n`, 'cannot be parsed at line 1, column 12 (invalid JSON)'],
  ['JSON, a BOM, a key given twice', 'json', `${BOM}{"region": "a", "region": "b"}\n`, "'region' is given twice (line 1, column 17); which value counts would be a guess"],
  ['JSON, an emoji before the error', 'json', '{"region": "\u{1F600}", }\n', 'cannot be parsed at line 1, column 17 (invalid JSON)'],
])('%s', async (_, ext, text, said) => {
  const file = join(dir, `bad-${++n}.${ext}`);
  writeFileSync(file, text);
  const r = await runCli(['config', '--config', file]);
  expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: bad config file ${file}: ${said}`]);
});

it('in Chinese too: the same line and column', async () => {
  const file = join(dir, 'zh.yaml');
  writeFileSync(file, `${BOM}region: "\u{1F600}" @\n`);
  const r = await runCli(['config', '--config', file, '--lang', 'zh']);
  expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: 配置文件 ${file} 有误：第 1 行第 13 列无法解析（YAML 格式错误）`]);
});
