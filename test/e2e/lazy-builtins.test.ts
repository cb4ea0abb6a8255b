// Node's built-in modules a run loads, read from process.moduleLoadList by a --require hook at exit. node:net and
// node:diagnostics_channel serve only a proxy (NO_PROXY's address ranges, undici, what a refusing proxy said):
// every API command loaded them, a --dry-run that sends nothing included. They load now only when a proxy is set.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-builtins-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built-in modules (`node:` names without the prefix) loaded by the end of `scm ...args`. */
async function builtins(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const hook = join(dir, 'hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join('\\n')));\n`);
  const r = await runCli(args, { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, HOME: dir, ...env, NODE_OPTIONS: `-r ${hook}` } });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n');
}

const bundle = 'test/fixtures/generated/bundles/ec-ok';
const PROXY_ONLY = ['net', 'diagnostics_channel'];

describe('node:net and node:diagnostics_channel', () => {
  it.each([
    ['upload --dry-run', ['upload', bundle, '--name', 'lazy-builtins', '--dry-run', '--region', 'cn-north-4']],
    ['push --dry-run', ['push', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-north-4', '--dry-run', '--region', 'cn-north-4']],
  ])('are not loaded by %s without a proxy', async (_name, args) => {
    const loaded = await builtins(args);
    expect(loaded).toContain('crypto');
    expect(loaded.filter((m) => PROXY_ONLY.includes(m))).toEqual([]);
  });

  it('are loaded when a proxy is set (undici behind it)', async () => {
    const loaded = await builtins(['upload', bundle, '--name', 'lazy-builtins', '--dry-run', '--region', 'cn-north-4'], { HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '10.0.0.0/8' });
    expect(loaded).toEqual(expect.arrayContaining(PROXY_ONLY));
  });
});
