// With --retries 0 a transient failure (5xx from the gateway, 429 throttling) was still answered with the
// catalogue's fix, "scm retries it with backoff" / "scm 会自动退避重试", though scm sent the request once and
// retried nothing; the hint says what the run did: sent once, no retry, and how to ask for retries.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('no-retries-hint', { bundle: false });
const { run } = cliRecorder(() => t.env());
const hintOf = (stderr: string): string => stderr.split('\n').find((l) => /^(hint|提示)[:：]/.test(l)) ?? '';

describe('--retries 0: the hint does not say scm retried', () => {
  const faults: Array<[string, Record<string, unknown>]> = [
    ['502 APIGW.0201', { op: 'list', status: 502, times: 10 }],
    ['500 APIGW.0601', { op: 'list', status: 500, error_code: 'APIGW.0601', times: 10 }],
    ['429 APIGW.0308', { op: 'list', status: 429, times: 10 }],
  ];
  it.each(faults)('%s: sent once, said once, in both languages', async (_, fault) => {
    for (const lang of ['en', 'zh']) {
      await t.emu.reset();
      await t.emu.fault(fault);
      const r = await run(['list', '--retries', '0', '--lang', lang]);
      expect(r.code, r.stderr).toBe(5);
      expect((await t.emu.state()).requests.byOperation.list).toBe(1);
      const hint = hintOf(r.stderr);
      if (lang === 'en') {
        expect(hint).toMatch(/^hint: scm sent it once and did not retry \(--retries 0\); try again later or with a higher --retries/);
        expect(hint).not.toMatch(/scm (retries|backs off)/);
      } else {
        expect(hint).toMatch(/^提示：scm 只发送了一次，没有重试（`--retries 0`）；请稍后再试或调大 `--retries`/);
        expect(hint).not.toMatch(/自动退避重试/);
      }
    }
  });

  it('--retries 1: retried once, and the catalogue fix stands', async () => {
    await t.emu.reset();
    await t.emu.fault({ op: 'list', status: 502, times: 10 });
    const r = await run(['list', '--retries', '1']);
    expect([r.code, (await t.emu.state()).requests.byOperation.list], r.stderr).toEqual([5, 2]);
    expect(hintOf(r.stderr)).toMatch(/^hint: scm retries it with backoff/);
  });
});
