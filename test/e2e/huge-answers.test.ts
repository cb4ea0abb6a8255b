// An 11 MB error_msg through the built binary: SCM's refusal (exit 4), classified the same with and without
// --debug (no stack overflow, no "connection failed", the import sent once), and the server's words cut.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-huge-'));
  b = makeBundle(join(dir, 'b'));
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

describe('an 11 MB error answer to the import', () => {
  it.each([[[]], [['--debug']]])('exit 4, sent once, the server\'s words cut to 500 characters (%j)', async (extra) => {
    await emu.fault({ op: 'import', status: 400, error_msg: 'A'.repeat(11_000_000) });
    const r = await run(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'huge-test', ...extra]);
    expect(r.code, r.stderr.slice(0, 3000)).toBe(4);
    expect(r.stderr).not.toMatch(/Maximum call stack|internal error|connection to .* failed/);
    expect(r.stderr).toMatch(/^ {2}server said: A{500}…$/m);
    expect(r.stderr.length).toBeLessThan(20_000);
    expect((await emu.state()).requests.byOperation.import).toBe(1);
  });
});
