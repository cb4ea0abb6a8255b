// `scm emulator --state FILE` with a file that is not JSON, through the built binary: said with where it stops
// parsing, never with V8's words, which quote the text around the error (the first characters of a file, all of
// a short one): a password file or a key named by mistake would have its secret printed. In both languages
// (the Chinese sentence had V8's English words in it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-state-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASSWORD = 'hunter2-pfx-pass';
const KEYISH = 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDe';

describe('a --state file that is not JSON', () => {
  it('a password file named by mistake: the place, not the text', async () => {
    const file = join(dir, 'pfx-password.txt');
    writeFileSync(file, `${PASSWORD}\n`, { mode: 0o600 });
    const r = await runCli(['emulator', '--port', '0', '--state', file]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`scm: --state ${file}: not valid JSON (line 1, column 1)\nhint: docs/emulator.md describes the state file\n`);
  });

  it('broken after a few lines, in Chinese too: line and column, nothing of the file', async () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, `{\n  "certificates": [\n    {"name": "a", ${KEYISH}}\n  ]\n}\n`);
    const en = await runCli(['emulator', '--port', '0', '--state', file]);
    expect([en.code, en.stderr]).toEqual([2, `scm: --state ${file}: not valid JSON (line 3, column 19)\nhint: docs/emulator.md describes the state file\n`]);
    const zh = await runCli(['emulator', '--port', '0', '--state', file, '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, `scm: --state ${file}：不是有效的 JSON（第 3 行第 19 列）\n提示：状态文件的格式见 docs/emulator.md\n`]);
    for (const out of [en.stderr, zh.stderr]) expect(out).not.toContain(KEYISH.slice(0, 8));
  });
});
