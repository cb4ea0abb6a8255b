// `scm config` with one half of the AK/SK pair set: the table is what a user runs it for (to see what is wrong),
// so it is shown with the missing half marked, the error follows on stderr, and the exit code is 3 (credentials
// missing), as for a request. Never the SK, in text or JSON; stdout stays one JSON document with --json.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let home: string;
const AK = 'HALFPAIRAK0000WXYZ';
const SK = 'half-pair-secret-key-value-0123456789';
const scm = (args: string[], env: Record<string, string> = {}) => runCli(args, { env: { HOME: home, ...env }, cwd: home });

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'scm-e2e-half-pair-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('scm config with half an AK/SK pair', () => {
  it('an AK without its SK in the environment: the table, the SK marked missing, then the error (exit 3)', async () => {
    const r = await scm(['config'], { HUAWEICLOUD_SDK_AK: AK });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^ {2}credentials {2,}incomplete {2,}env HUAWEICLOUD_SDK_AK$/m);
    expect(r.stdout).toMatch(/^ {2}ak {2,}\*{8}WXYZ {2,}env HUAWEICLOUD_SDK_AK$/m);
    expect(r.stdout).toMatch(/^ {2}sk {2,}\(not set\) {2,}missing: HUAWEICLOUD_SDK_SK$/m);
    expect(r.stdout).toMatch(/^ {2}region {2,}cn-north-4/m);
    expect(r.stderr).toBe('scm: HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not\nhint: set both halves of the AK/SK pair\n');
    const zh = await scm(['config', '--lang', 'zh'], { HUAWEICLOUD_SDK_AK: AK });
    expect(zh.code).toBe(3);
    expect(zh.stdout).toMatch(/^ {2}凭证 +不完整 +环境变量 HUAWEICLOUD_SDK_AK$/m);
    expect(zh.stdout).toMatch(/^ {2}SK +（未设置） +缺少：HUAWEICLOUD_SDK_SK$/m);
  });

  it('an SK without its AK: never shown; --json is one document on stdout and the JSON error line on stderr', async () => {
    const r = await scm(['config', '--json'], { HW_SECRET_KEY: SK });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.settings.credentials).toEqual({ value: 'incomplete', source: { kind: 'env', name: 'HW_SECRET_KEY' }, problem: 'HW_SECRET_KEY is set but HW_ACCESS_KEY is not' });
    expect(doc.settings.sk).toEqual({ value: '********', source: { kind: 'env', name: 'HW_SECRET_KEY' }, masked: true });
    expect(doc.settings.ak).toEqual({ value: null, source: null, missing: 'HW_ACCESS_KEY' });
    expect(JSON.parse(r.stderr).error).toMatchObject({ type: 'CredentialsError', exitCode: 3 });
    const text = await scm(['config'], { HW_SECRET_KEY: SK });
    for (const out of [r, text]) expect(out.stdout + out.stderr).not.toContain('0123456789');
  });

  it('a config file with ak and no sk: the table names the file; a request still refuses (exit 3)', async () => {
    const file = join(home, '.config', 'scm', 'config.json');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify({ ak: AK }));
    chmodSync(file, 0o600);
    try {
      const r = await scm(['config']);
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(new RegExp(`^ {2}ak {2,}\\*{8}WXYZ {2,}file ${file}$`, 'm'));
      expect(r.stdout).toMatch(new RegExp(`^ {2}sk {2,}\\(not set\\) {2,}missing: sk in ${file}$`, 'm'));
      expect(r.stderr.split('\n')[0]).toBe(`scm: config file ${file} has ak but not sk`);
      const list = await scm(['list']);
      expect([list.code, list.stdout, list.stderr.split('\n')[0]]).toEqual([3, '', `scm: config file ${file} has ak but not sk`]);
    } finally {
      rmSync(join(home, '.config'), { recursive: true, force: true });
    }
  });
});
