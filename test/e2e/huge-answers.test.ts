// An 11 MB error_msg through the built binary: SCM's refusal (exit 4), classified the same with and without
// --debug (no stack overflow, no "connection failed", the import sent once), and the server's words cut.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('huge');
const { run } = cliRecorder(() => t.env());

describe('an 11 MB error answer to the import', () => {
  it.each([[[]], [['--debug']]])('exit 4, sent once, the server\'s words cut to 500 characters (%j)', async (extra) => {
    await t.emu.fault({ op: 'import', status: 400, error_msg: 'A'.repeat(11_000_000) });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'huge-test', ...extra]);
    expect(r.code, r.stderr.slice(0, 3000)).toBe(4);
    expect(r.stderr).not.toMatch(/Maximum call stack|internal error|connection to .* failed/);
    expect(r.stderr).toMatch(/^ {2}server said: A{500}…$/m);
    expect(r.stderr.length).toBeLessThan(20_000);
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });
});
