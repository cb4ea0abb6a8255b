// Error bodies that put their words under `msg` ({"code","msg"}, as many services write them) or
// `error_message`: the code was read and the words dropped, so scm showed the catalogue's text alone, without
// the "server said" line that tells what SCM really objected to (which service, which field). Both are read
// now, as error_msg, errorMsg, errorMessage and message were, under an error status and under a 200.
import { describe, expect, it } from 'vitest';
import { errorFields } from '../../src/api/client.js';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('error-body-msg', { bundle: false });
const { run } = cliRecorder(() => t.env());
const seedOne = async (): Promise<string> => ((await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string])[0];
const SAID = 'target_service FOO is not supported for this certificate';

describe('the words of {"code","msg"} and {"error_code","error_message"}', () => {
  it('read beside the code, and from a body cut short', () => {
    expect(errorFields(JSON.stringify({ code: 'SCM.0030', msg: SAID }))).toEqual({ code: 'SCM.0030', msg: SAID });
    expect(errorFields(JSON.stringify({ error_code: 'SCM.0030', error_message: SAID }))).toEqual({ code: 'SCM.0030', msg: SAID });
    expect(errorFields(`{"code":"SCM.0030","msg":"${SAID}","pad":"${'x'.repeat(100)}`, { truncated: true })).toEqual({ code: 'SCM.0030', msg: SAID });
  });

  it('push refused 400 {"code","msg"}: the server\'s words are shown (text and --json), exit 4', async () => {
    const id = await seedOne();
    await t.emu.fault({ op: 'push', answer: { status: 400, body: { code: 'SCM.0030', msg: SAID } } });
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain(`  server said: ${SAID}`);
    await t.emu.fault({ op: 'push', answer: { status: 400, body: { error_code: 'SCM.0030', error_message: SAID } } });
    const j = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--json', '--lang', 'zh']);
    expect(j.code, j.stderr).toBe(4);
    expect(JSON.parse(j.stderr.trim().split('\n').pop()!).error.error_msg).toBe(SAID);
  });

  it('a 200 carrying {"code":"SCM.0005","msg"} is that refusal, with its words', async () => {
    await t.emu.fault({ op: 'show', answer: { status: 200, body: { code: 'SCM.0005', msg: 'limit must be 10, 20 or 50' } } });
    const r = await run(['show', 'scs1700000000001']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain('server said: limit must be 10, 20 or 50');
  });
});
