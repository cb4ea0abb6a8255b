// The built binary against the emulator's faults (docs/emulator.md): slow answers past the timeout, resets
// mid-body, 5xx storms, 429 with Retry-After, malformed JSON, a 200 without an id, connections dropped
// after the import was stored. Each ends in the documented exit code with a one-line message (plus a hint),
// and no fault sequence ever leaves two copies: once the emulator has nothing in flight it holds exactly one
// certificate after the run (or none, where nothing was stored) and exactly one after a plain rerun.
// upload-failures.test.ts covers the single recoveries (two 503s, one lost answer, a list timeout).
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('faults');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'fault-case', ...extra]);

const settled = () => t.emu.settled();

/** The error line: one line starting with "scm: ", what failed and why; then a hint. */
function failure(stderr: string, message: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  const at = lines.findIndex((l) => l.startsWith('scm: '));
  expect(at, stderr).toBeGreaterThanOrEqual(0);
  expect(lines[at], stderr).toMatch(message);
  expect(lines.slice(at).some((l) => l.startsWith('hint: ')), stderr).toBe(true);
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

/** After any fault sequence: `copies` certificates once all is answered, and exactly one after a clean rerun. */
async function holdsAfterRerun(copies: number, rerun: string[] = []): Promise<string> {
  expect((await settled()).certificates).toHaveLength(copies);
  await fetch(`${t.emu.url}/_emulator/faults`, { method: 'DELETE' });
  const again = await upload('--quiet', ...rerun);
  expect(again.code, again.stderr).toBe(0);
  const state = await settled();
  expect(state.certificates).toHaveLength(1);
  expect(again.stdout.trim()).toBe(state.certificates[0]!.id);
  return again.stdout.trim();
}

describe('faults: upload never stores a certificate twice', () => {
  it('a slow import past --timeout that SCM stores late: the retry wins, the late one is refused as a duplicate', async () => {
    await t.emu.fault({ op: 'import', delay_ms: 1500 });
    const r = await upload('--timeout', '0.5', '--retries', '2');
    expect(r.code, r.stderr).toBe(0);
    // Cut off by the timeout, SCM may still be storing it: the backoff is waited before the lookup, not after.
    expect(r.stderr).toMatch(/import: no answer within 0\.5s: POST \S+; it may still be landing: waiting \d+\.\ds, then looking for the certificate in SCM before trying again\nimport: not in SCM; retry 1 of 2\n/);
    const id = /scs\d{13}/.exec(r.stdout)![0];
    const state = await settled();
    expect(state.requests.byOperation.import).toBe(2);
    expect(state.certificates.map((c) => c.id)).toEqual([id]);
    expect(await holdsAfterRerun(1)).toBe(id);
  });

  it('every import slower than --timeout: exit 5 once the retries are spent; still one copy in the end', async () => {
    // Long enough that the first import lands only after the client's last lookup.
    await t.emu.fault({ op: 'import', delay_ms: 3000, times: 10 });
    const r = await upload('--timeout', '0.3', '--retries', '1');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: no answer within 0\.3s: POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/import$/);
    // Both imports reach SCM late: the first is stored, the second refused as its duplicate.
    await holdsAfterRerun(1);
  });

  it('a reset in the middle of the answer to a stored import: found by fingerprint, exit 0', async () => {
    await t.emu.fault({ op: 'import', action: 'reset-mid-body' });
    const r = await upload('--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recovered: true });
    expect((await settled()).requests.byOperation.import).toBe(1);
    await holdsAfterRerun(1);
  });

  it('a 5xx storm: exit 5 after the retries, nothing stored; the rerun stores one', async () => {
    await t.emu.fault({ op: 'import', status: 503, times: 20 });
    const r = await upload('--retries', '2');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: SCM could not complete the import: SCM\.4001 .*\(HTTP 503, request id [0-9a-f]{32}\)$/);
    expect((await settled()).requests.byOperation.import).toBe(3);
    await holdsAfterRerun(0);
  });

  it('429 with Retry-After: waits as told and sends again without a lookup (it was never processed)', async () => {
    await t.emu.fault({ op: 'import', status: 429, retry_after: 1 });
    const r = await upload();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/import: SCM could not complete the import: APIGW\.0308 .*; retry 1 of 3 in 1\.0s/);
    const state = await settled();
    // One list page: the look before the import, none after the 429.
    expect(state.requests.byOperation).toMatchObject({ import: 2, list: 1 });
    await holdsAfterRerun(1);
  });

  it('429 that never stops: exit 5, nothing stored', async () => {
    await t.emu.fault({ op: 'import', status: 429, retry_after: 0, times: 20 });
    const r = await upload('--retries', '1');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: SCM could not complete the import: APIGW\.0308 .*\(HTTP 429, request id [0-9a-f]{32}\)$/);
    await holdsAfterRerun(0);
  });

  it('a malformed JSON answer to a stored import: found by fingerprint, exit 0', async () => {
    await t.emu.fault({ op: 'import', action: 'malformed-json' });
    const r = await upload('--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recovered: true });
    await holdsAfterRerun(1);
  });

  it('a malformed JSON answer to the --if-changed lookup, twice (a read is asked once more): exit 5 before anything is sent', async () => {
    await t.emu.fault({ op: 'list', action: 'malformed-json', times: 2 });
    const r = await upload('--if-changed');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: cannot tell whether SCM already holds this certificate: could not read page 1 of the certificate list: SCM answered list with HTTP 200 but the body is not valid JSON \(request id [0-9a-f]{32}\); nothing was imported$/);
    expect((await settled()).requests.byOperation.import ?? 0).toBe(0);
    await holdsAfterRerun(0);
  });

  it('a malformed JSON answer to one list page: asked once more (said on stderr), the lookup completes, nothing imported twice', async () => {
    await t.emu.fault({ op: 'list', action: 'malformed-json', times: 1 });
    const r = await upload('--if-changed');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/list: SCM answered list with HTTP 200 but the body is not valid JSON .*; retry 1 of \d+ in/);
    await holdsAfterRerun(1);
  });

  it('a 200 without certificate_id: looked up, not found, not sent again; exit 5', async () => {
    await t.emu.fault({ op: 'import', action: 'no-id' });
    const r = await upload();
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: SCM answered the import with HTTP 200 but no certificate_id \(request id [0-9a-f]{32}\)$/);
    // The look before the import, then the lookup after the answer without an id.
    expect((await settled()).requests.byOperation).toMatchObject({ import: 1, list: 2 });
    await holdsAfterRerun(0);
  });

  it('a connection dropped before SCM processed the import: looked up, sent again, one copy', async () => {
    await t.emu.fault({ op: 'import', action: 'drop' });
    const r = await upload();
    expect(r.code, r.stderr).toBe(0);
    // The lookup before the re-send, then the check that only one copy exists.
    expect((await settled()).requests.byOperation).toMatchObject({ import: 2, list: 3, show: 1 });
    await holdsAfterRerun(1);
  });

  it('dropped after commit and the lookup fails too: exit 5 saying so; a rerun with --if-changed finds it', async () => {
    await t.emu.fault([{ op: 'import', action: 'drop-after-commit' }, { op: 'list', action: 'drop', times: 20 }]);
    const r = await upload('--retries', '1');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: connection to 127\.0\.0\.1:\d+ failed \(.+\): POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/import$/);
    expect(r.stderr).toMatch(/^hint: the import may have succeeded and the lookup failed \(connection to 127\.0\.0\.1:\d+ failed \(ECONNRESET\): GET http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\S*\); rerun with --if-changed/m);
    const state = await settled();
    expect(state.requests.byOperation.import).toBe(1);
    await holdsAfterRerun(1, ['--if-changed']);
  });
});

describe('faults: push', () => {
  let id: string;
  beforeEach(async () => {
    const r = await upload('--quiet');
    expect(r.code, r.stderr).toBe(0);
    id = r.stdout.trim();
  });
  const push = (...extra: string[]) => run(['push', id, '--service', 'WAF', ...extra]);

  it('a reset mid-body is retried: exit 0', async () => {
    await t.emu.fault({ op: 'push', action: 'reset-mid-body' });
    const r = await push('--project', 'cn-north-4');
    expect(r.code, r.stderr).toBe(0);
    // A push answers 204, which has no body: the fault cuts a 200's instead (docs/emulator.md).
    expect(r.stderr).toMatch(/push: the answer \(HTTP 200\) was cut off after \d+ of \d+ bytes, .*; checking where the certificate is deployed before trying again/);
    // The reset came after SCM pushed: ListDeployedResources shows it, so it is not sent again.
    expect(r.stdout).toMatch(/^pushed scs\d{13} to WAF in cn-north-4 \(the answer was lost; ListDeployedResources shows it there\)\n$/);
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ push: 1, 'deployed-resources': 1 });
  });

  it('a malformed JSON push answer after SCM pushed: found by ListDeployedResources, not sent again', async () => {
    await t.emu.fault({ op: 'push', action: 'malformed-json' });
    const r = await push('--project', 'cn-north-4');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^push: SCM answered push with HTTP 200 but the body is not valid JSON .*; checking where the certificate is deployed before trying again$/m);
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ push: 1, 'deployed-resources': 1 });
  });

  it('a 5xx storm on batch-push: exit 5 naming the operation', async () => {
    await t.emu.fault({ op: 'batch-push', status: 502, times: 20 });
    const r = await push('--project', 'cn-north-4', '--project', 'ap-southeast-1', '--retries', '1');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: SCM could not complete the batch push: APIGW\.0201 Backend unavailable\. \(HTTP 502, request id [0-9a-f]{32}\)$/);
    // Looked before the retry; nothing was pushed, and the table says so on stdout.
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ 'batch-push': 2, 'deployed-resources': 2 });
    expect(r.stdout).toMatch(/^push failed: /m);
  });

  it('a malformed JSON batch-push answer after SCM pushed: found by ListDeployedResources, not sent again', async () => {
    await t.emu.fault({ op: 'batch-push', action: 'malformed-json', times: 5 });
    const r = await push('--project', 'cn-north-4', '--project', 'ap-southeast-1', '--retries', '0', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, results: [{ project: 'cn-north-4', result: 'recovered' }, { project: 'ap-southeast-1', result: 'recovered' }] });
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ 'batch-push': 1, 'deployed-resources': 1 });
  });

  it('a malformed JSON answer and no way to look: exit 5 with a clear message, not sent again', async () => {
    await t.emu.fault([{ op: 'batch-push', action: 'malformed-json', times: 5 }, { op: 'deployed-resources', status: 503, times: 10 }]);
    const r = await push('--project', 'cn-north-4', '--project', 'ap-southeast-1', '--retries', '0');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: SCM answered batch-push with HTTP 200 but the body is not valid JSON \(request id [0-9a-f]{32}\)$/);
    expect(r.stdout).toMatch(/cn-north-4 +failed +SCM answered batch-push .* \(whether it took effect could not be checked\)/);
    expect((await t.emu.state()).requests.byOperation['batch-push']).toBe(1);
  });

  it('the same in Chinese: the row ends in full-width parentheses, never ASCII ones around Chinese', async () => {
    await t.emu.fault([{ op: 'batch-push', action: 'malformed-json', times: 5 }, { op: 'deployed-resources', status: 503, times: 10 }]);
    const r = await push('--project', 'cn-north-4', '--project', 'ap-southeast-1', '--retries', '0', '--lang', 'zh');
    expect(r.code).toBe(5);
    // Inside the bracket the error ends with (its request id), after ；: never two brackets side by side.
    expect(r.stdout).toMatch(/cn-north-4 .*（请求 ID [0-9a-f]{32}；无法确认是否已经生效）/);
    expect(r.stdout).not.toContain('）（');
    expect(r.stdout).not.toMatch(/ ?\([^()]*[\u4e00-\u9fff][^()]*\)/);
  });

  it('pushes slower than --timeout: exit 5', async () => {
    await t.emu.fault({ op: 'push', delay_ms: 1500, times: 5 });
    const r = await push('--project', 'cn-north-4', '--timeout', '0.3', '--retries', '0');
    expect(r.code).toBe(5);
    failure(r.stderr, /^scm: no answer within 0\.3s: POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/scs\d{13}\/push$/);
    await settled();
  });
});
