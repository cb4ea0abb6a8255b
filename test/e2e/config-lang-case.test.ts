// `lang: ZH` in a config file, as --lang ZH is taken: Chinese for every command. It made `scm config` (and every
// command that loads the settings) a bad config file (exit 2) while `scm explain` went on in English.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let home: string;
const put = (name: string, text: string): string => {
  const dir = join(home, '.config', 'scm');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
  chmodSync(join(dir, name), 0o600);
  return join(dir, name);
};

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'scm-e2e-lang-case-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('lang in a config file, in any case', () => {
  it.each([['config.yaml', 'lang: ZH\n'], ['config.yaml', "lang: 'Zh'  # upper\n"], ['config.json', '{"lang": "ZH"}']])('%s %j: Chinese for explain and config alike', async (name, text) => {
    const path = put(name, text);
    const explain = await runCli(['explain', '14'], { env: { HOME: home }, cwd: home });
    expect([explain.code, explain.stdout.split('\n')[0]]).toEqual([0, 'SCM.0014 · HTTP 400 · 退出码 4']);
    const config = await runCli(['config', '--json'], { env: { HOME: home }, cwd: home });
    expect(config.code, config.stderr).toBe(0);
    expect(JSON.parse(config.stdout).settings.lang).toEqual({ value: 'zh', source: { kind: 'file', path, key: 'lang', layer: 'user' } });
  });

  it('a language scm does not speak is still a bad config file (exit 2)', async () => {
    const path = put('config.yaml', 'lang: fr\n');
    const r = await runCli(['config'], { env: { HOME: home }, cwd: home });
    expect([r.code, r.stderr]).toEqual([2, `scm: config file ${path}: 'lang' must be en or zh\n`]);
  });
});
