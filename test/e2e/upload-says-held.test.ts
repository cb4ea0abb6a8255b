// SCM refused an import in words that say it holds the certificate already ("The certificate already exists."),
// and the lookup by fingerprint found no copy: a first attempt whose answer was lost landed, but the list does
// not show it yet (a service whose list lags behind its imports). scm ended with the refusal's generic advice
// ("pass valid parameters: check the ids and values given ... certificate at most 4096 characters"), which sends
// the operator to the wrong place. The hint now says what SCM said, and the way to get the id: in a minute,
// --if-changed (which then finds it), or scm list --search. Exit 4 as before; a refusal whose words say
// something else keeps its own advice.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('says-held', { cn: 'held.example.test' });
const { run } = cliRecorder(() => t.env());
const upload = (...more: string[]): string[] => ['upload', '--cert', t.b.cert, '--key', t.b.key, '--chain', t.b.chain, '--name', 'held-cert', ...more];
/** The list does not show what was imported, for the next `times` list requests. */
const listLags = (times: number) => t.emu.fault({ op: 'list', times, answer: { status: 200, body: { certificates: [], total_count: 0 } } });

describe('a refusal that says SCM holds the certificate, which no lookup finds', () => {
  it('after a lost answer: the hint says SCM holds it and how to get its id; the rerun with --if-changed finds the one copy', async () => {
    await t.emu.fault({ op: 'import', action: 'drop-after-commit' });
    // The look before the import, the lookup after the lost answer, the one after the refusal.
    await listLags(3);
    const r = await run(upload());
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/^hint: SCM says it holds this certificate already, but no copy is listed for held\.example\.test \(not yet, or not where scm can see it\): in a minute, run the upload again with --if-changed, which prints its id, or look for it with scm list --search held\.example\.test$/m);
    expect(r.stderr).not.toMatch(/pass valid parameters/);
    const [copy] = (await t.emu.settled()).certificates;
    expect((await t.emu.settled()).certificates).toHaveLength(1);
    const again = await run(upload('--if-changed', '-q'));
    expect([again.code, again.stdout.trim()]).toEqual([0, copy!.id]);
    expect((await t.emu.settled()).certificates).toHaveLength(1);
  });

  it('in Chinese', async () => {
    await t.emu.fault({ op: 'import', status: 400, error_code: 'SCM.0005', error_msg: '证书已存在' });
    await listLags(2);
    const r = await run(upload('--lang', 'zh'));
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/^提示：SCM 表示已存在这张证书，但 held\.example\.test 的证书列表中找不到它.*`scm list --search held\.example\.test` 查找$/m);
  });

  it('a refusal whose words say something else keeps its own advice', async () => {
    await t.emu.fault({ op: 'import', status: 400, error_code: 'SCM.0005', error_msg: 'Incorrect request parameter.' });
    const r = await run(upload());
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/^hint: pass valid parameters/m);
  });
});
