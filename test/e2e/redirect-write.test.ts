// A redirect (301, 302, 307, 308) sends a request elsewhere: whatever answered did not act on it. An import
// or a push answered so was taken for one whose outcome is unknown: scm looked for the certificate (the look,
// sent to the same place, met the same redirect) and ended with "the import may have succeeded and the lookup
// failed ... rerun with --if-changed", a push with "may have been pushed", though nothing was sent to SCM and
// the fix is the endpoint. Now neither looks: the redirect is said with its own hint (check the endpoint), exit 5.
// A 303 (See Other) answers a request that was acted on: still looked up.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('redirect-write');
const { run } = cliRecorder(() => t.env());
const LOGIN = 'https://auth.huaweicloud.example/authui/login.html';
const upload = (...more: string[]): string[] => ['upload', '--cert', t.b.cert, '--key', t.b.key, '--chain', t.b.chain, '--name', 'redirected', ...more];

describe('a write answered with a redirect', () => {
  for (const status of [302, 307]) {
    it(`upload: ${status} is said with the endpoint hint, nothing looked up, exit 5`, async () => {
      await t.emu.fault({ op: 'import', answer: { status, location: LOGIN } });
      const r = await run(upload());
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toContain(`SCM answered import with HTTP ${status}, a redirect to ${LOGIN}, which scm does not follow`);
      expect(r.stderr).toMatch(/^hint: check the endpoint \(--endpoint, SCM_ENDPOINT, the config file, or --region\)/m);
      expect(r.stderr).not.toMatch(/looking for the certificate|may have succeeded|may still appear/);
      const state = await t.emu.settled();
      // The one list page is the look before the import: nothing is looked up after the redirect.
      expect([state.requests.byOperation.list ?? 0, state.certificates]).toEqual([1, []]);
    });
  }

  it('upload in Chinese: the same hint, in Chinese', async () => {
    await t.emu.fault({ op: 'import', answer: { status: 301, location: LOGIN } });
    const r = await run(upload('--lang', 'zh'));
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^提示：请检查终端节点/m);
    expect(r.stderr).not.toMatch(/查找|可能已/);
  });

  it('push: a 308 is no push of unknown outcome: not looked up, the row and the error say the redirect, exit 5', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'push', answer: { status: 308, location: LOGIN } });
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--json']);
    expect(r.code, r.stderr).toBe(5);
    const doc = JSON.parse(r.stdout) as { results: Array<{ result: string; message: string }> };
    expect(doc.results.map((x) => [x.result, x.message])).toEqual([['failed', expect.stringContaining('HTTP 308, a redirect to')]]);
    expect(doc.results[0]!.message).not.toMatch(/could not be checked/);
    expect((await t.emu.settled()).requests.byOperation['deployed-resources'] ?? 0).toBe(0);
  });

  it('a 303 (See Other) answers an import that was acted on: it is still looked up', async () => {
    await t.emu.fault({ op: 'import', answer: { status: 303, location: `${t.emu.url}/v3/scm/certificates` } });
    const r = await run(upload());
    expect(r.stderr).toMatch(/looking for the certificate in SCM/);
    expect((await t.emu.settled()).requests.byOperation.list ?? 0).toBeGreaterThan(0);
  });
});
