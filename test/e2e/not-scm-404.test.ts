// A 404 that is not SCM's own "not held" (a proxy's HTML page, the gateway's APIGW.0101), through the built
// binary: `upload` after a lost answer and `upload --if-changed` stop (exit 5) with one copy in SCM; `show
// --json` reports the real status and code, not SCM.0008; `delete --dry-run` does not call it already
// deleted. hunt5-api finding N1.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('not-scm-404');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'h406', ...extra]);
const page = { status: 404, body: '<html><head><title>404 Not Found</title></head><body>nginx</body></html>' };
const lastJson = (stderr: string) => JSON.parse(stderr.trim().split('\n').pop()!).error as Record<string, unknown>;

describe('a 404 that is not SCM\'s word', () => {
  it('upload after a lost answer, ShowCertificate answered by a proxy page: exit 5, one import, one copy, never "safe to run the upload again"', async () => {
    await t.emu.fault({ op: 'import', status: 502, commit: true });
    await t.emu.fault({ op: 'show', times: 50, answer: page });
    const r = await upload();
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^hint: the import may have succeeded and the lookup failed/m);
    expect(r.stderr).not.toMatch(/safe to run the upload again/);
    const state = await t.emu.settled();
    expect([state.requests.byOperation.import, state.certificates.length]).toEqual([1, 1]);
  });

  it('upload --if-changed, ShowCertificate answered APIGW.0101: exit 5, nothing imported on a guess', async () => {
    expect((await upload('-q')).code).toBe(0);
    await t.emu.fault({ op: 'show', times: 50, status: 404, error_code: 'APIGW.0101' });
    const r = await upload('--if-changed');
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^scm: cannot tell whether SCM already holds this certificate: .*APIGW\.0101/m);
    expect(r.stderr).toMatch(/^hint: nothing is imported on a guess; that 404 is not SCM's answer about the certificate/m);
    expect((await t.emu.settled()).certificates).toHaveLength(1);
  });

  it('show --json: the real status and no code, never SCM.0008; delete --dry-run does not call it already deleted', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'show', times: 2, answer: page });
    const show = await run(['show', id, '--json']);
    expect(show.code).toBe(4);
    expect(lastJson(show.stderr)).toMatchObject({ exitCode: 4, status: 404, error_code: null, code: null, hint: expect.stringMatching(/^this 404 carries no SCM error code/) });
    expect(show.stderr).not.toMatch(/SCM\.0008/);
    const dry = await run(['delete', id, '--dry-run']);
    expect(dry.code).toBe(4);
    expect(dry.stdout + dry.stderr).not.toMatch(/already deleted/);
  });
});
