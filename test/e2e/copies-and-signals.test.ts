// Never twice, never silently, through the built binary: against an emulator that does not honour
// duplicate_check, a first import that lands after the client re-sent is reported with both ids (and with
// --if-changed the newer is deleted); Ctrl-C during an import or its lookup exits 130 saying the certificate
// may have reached SCM and how to check; SIGTERM exits 143.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { fixture } from '../helpers/fixtures.js';
import { interruptAt, type Interrupted } from '../helpers/interrupt.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
const env = () => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir });
const { run } = cliRecorder(env);
const ARGS = () => ['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'app-example'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-copies-'));
  b = makeBundle(join(dir, 'b'));
  emu = await spawnEmulator(['--duplicate-check', 'ignore']);
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

const settled = () => emu.settled();

/**
 * The first import lands 2.8 s in; the client gives up after 2 s, waits its backoff (at most 0.4 s, random),
 * looks (not there yet), re-sends; its check is answered 1.5 s later (by 3.5 s), when both copies are there.
 * Margins of 0.4 s and more either side: a slow machine does not turn the late copy into a found one.
 */
async function lateFirstAttempt(listsBefore: number): Promise<void> {
  await emu.fault([{ op: 'import', delay_ms: 2800 }, { op: 'list', after: listsBefore, delay_ms: 1500 }]);
}

describe('a first import that lands late', () => {
  it('is reported with both ids (stderr; --json other_copies)', async () => {
    // The look before the import, then the lookup after the timeout: the third list is the check.
    await lateFirstAttempt(2);
    const r = await run([...ARGS(), '--timeout', '2', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const state = await settled();
    const ids = state.certificates.map((c) => c.id).sort();
    expect(ids).toHaveLength(2);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ certificate_id: ids[0], other_copies: [ids[1]], deleted_copies: [], copies_checked: true });
    const warning = r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.warning)?.warning.message;
    expect(warning).toBe(`SCM holds this certificate twice: ${ids[0]}, ${ids[1]}; an earlier attempt whose answer was lost was stored as well`);
  });

  it('with --if-changed: the older is kept and printed, the newer deleted', async () => {
    await lateFirstAttempt(2);
    const r = await run([...ARGS(), '--timeout', '2', '--if-changed']);
    expect(r.code, r.stderr).toBe(0);
    const state = await settled();
    expect(state.certificates).toHaveLength(1);
    const kept = state.certificates[0]!.id;
    expect(r.stdout).toBe(`uploaded app-example as ${kept}\n`);
    expect(r.stderr).toMatch(new RegExp(`^warning: kept ${kept} \\(the older\\) and deleted the newer copy: scs\\d{13} \\(deployed nowhere\\)$`, 'm'));
    expect(state.requests.byOperation.delete).toBe(1);
  });
});

describe('a first import that timed out and was not found', () => {
  it('is re-sent, and the one copy is reported with a warning that a late second copy may still appear', async () => {
    // The first attempt is held past the client's timeout, then dropped (stored nowhere): the re-send is right,
    // but nothing this run can do rules out a server that stores the first one later.
    await emu.fault({ op: 'import', delay_ms: 1500, action: 'drop' });
    const r = await run([...ARGS(), '--timeout', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const state = await settled();
    expect(state.certificates).toHaveLength(1);
    const id = state.certificates[0]!.id;
    expect(JSON.parse(r.stdout)).toMatchObject({ certificate_id: id, other_copies: [], copies_checked: true, late_copy_possible: true });
    const warnings = r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.warning).map((l) => l.warning.message);
    expect(warnings).toContain(`imported as ${id} after a first attempt timed out; SCM may still store that one too, as a second copy: in a minute, look with scm list --search app-example and delete the copy that is not ${id}`);
  });

  it('in Chinese, text: the same warning', async () => {
    await emu.fault({ op: 'import', delay_ms: 1500, action: 'drop' });
    const r = await run([...ARGS(), '--timeout', '1', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    const id = (await settled()).certificates[0]!.id;
    expect(r.stderr).toContain(`第一次导入超时后，已重新导入，ID 为 ${id}；SCM 可能仍会存储第一次导入，形成第二份副本：请一分钟后用 \`scm list --search app-example\` 查看，并删除 ID 不是 ${id} 的那一份`);
  });
});

describe('the last attempt timed out and the lookup did not find it yet', () => {
  it('never says a new upload is safe: it says to rerun with --if-changed in a minute, and that rerun finds it', async () => {
    await emu.fault({ op: 'import', delay_ms: 2500 });
    const r = await run([...ARGS(), '--timeout', '1', '--retries', '0']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('the import that was cut off may still be stored: in a minute, run the upload again with --if-changed');
    expect(r.stderr).not.toMatch(/safe/);
    const stored = (await settled()).certificates;
    expect(stored).toHaveLength(1);
    const again = await run([...ARGS(), '--if-changed']);
    expect(again.code, again.stderr).toBe(0);
    expect((await settled()).certificates.map((c) => c.id)).toEqual([stored[0]!.id]);
  });
});

/** Starts the CLI, waits until the emulator holds a request of `op` in flight, then sends `signal`. */
async function interrupt(args: string[], op: string, signal: NodeJS.Signals): Promise<Interrupted> {
  return interruptAt(emu, args, env(), { op, signal });
}

describe('signals', () => {
  it('Ctrl-C during the import: exit 130, the certificate may have reached SCM, and how to check', async () => {
    await emu.fault({ op: 'import', delay_ms: 5000 });
    const r = await interrupt(ARGS(), 'import', 'SIGINT');
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^scm: interrupted while importing app-example: the certificate may have reached SCM$/m);
    expect(r.stderr).toMatch(/^hint: to check, run the same scm upload again with --if-changed \(it imports only if SCM does not hold the certificate\), or look with: scm list --search app\.example\.test$/m);
    await settled();
  });

  it('Ctrl-C during the import of a wildcard certificate: the command to look is one shell word (no glob)', async () => {
    const c = (f: string): string => fixture(`cases/${f}`);
    await emu.fault({ op: 'import', delay_ms: 5000 });
    const r = await interrupt(['upload', '--cert', c('wildcard.crt'), '--chain', c('rsa-chain.pem'), '--key', c('rsa.key'), '--name', 'wild-example'], 'import', 'SIGINT');
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/or look with: scm list --search '\*\.wild\.example\.com'$/m);
    await settled();
  });

  it('Ctrl-C during the lookup after a lost answer: exit 130 (not 5), same message', async () => {
    // The first list is the look before the import; the second, held, is the lookup after the lost answer.
    await emu.fault([{ op: 'import', action: 'drop-after-commit' }, { op: 'list', after: 1, delay_ms: 5000 }]);
    const r = await interruptAt(emu, ARGS(), env(), { op: 'list', signal: 'SIGINT', nth: 2 });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^scm: interrupted while importing app-example: the certificate may have reached SCM$/m);
    await settled();
  });

  it('Ctrl-C during the look before a plain import: exit 130, and nothing was imported, so no "may have reached SCM"', async () => {
    await emu.fault({ op: 'list', delay_ms: 5000 });
    const r = await interrupt(ARGS(), 'list', 'SIGINT');
    expect(r.code).toBe(130);
    expect(r.stderr).not.toMatch(/may have reached SCM/);
    expect((await settled()).requests.byOperation.import ?? 0).toBe(0);
  });

  it('SIGTERM: exit 143; in Chinese the message is Chinese', async () => {
    await emu.fault({ op: 'import', delay_ms: 5000 });
    const r = await interrupt([...ARGS(), '--lang', 'zh'], 'import', 'SIGTERM');
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/^scm: 导入 app-example 时被中断：证书可能已经到达 SCM$/m);
    await settled();
    await emu.fault({ op: 'list', delay_ms: 5000 });
    const plain = await interrupt([...ARGS(), '--if-changed'], 'list', 'SIGTERM');
    // Interrupted before anything was imported: nothing to check.
    expect([plain.code, plain.stderr.trim().split('\n').at(-1)]).toEqual([143, 'scm: terminated (SIGTERM)']);
    await settled();
  });
});
