// A ListCertificates answer with its list inside an envelope ({"data":{"certificates":[...],"total_count":1}},
// {"result":{"items":[...]}}: a stand-in or gateway that wraps every answer) was read as an empty, complete
// account: `scm list` said 'no certificates match' (exit 0), and `upload --if-changed` found nothing and imported
// a second copy of a certificate SCM held. It is an answer scm cannot read (exit 5), as a list under another
// name at the top already was; nothing is imported on its word.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('list-envelope', { cn: 'wrapped.example.test' });
const { run } = cliRecorder(() => t.env());
const item = { id: 'scs1700000000055', name: 'wrapped', domain: 'wrapped.example.test', expire_time: '2099-01-01 08:00:00.0', status: 'UPLOAD' };
const bodies = [{ data: { certificates: [item], total_count: 1 } }, { result: { items: [item] } }];

describe('a certificate list inside an envelope', () => {
  it.each(bodies)('scm list: not a list of certificates, exit 5, never "no certificates match" (%#)', async (body) => {
    for (const lang of ['en', 'zh']) {
      await t.emu.fault({ op: 'list', times: 20, answer: { status: 200, body } });
      const r = await run(['list', '--lang', lang]);
      expect(r.code, r.stdout).toBe(5);
      expect(r.stdout + r.stderr).not.toMatch(/no certificates match|没有符合条件的证书/);
      expect(r.stderr).toContain(lang === 'en' ? 'is not a list of certificates' : '不是有效的证书列表');
    }
  });

  it('upload --if-changed does not import on its word', async () => {
    await t.emu.fault({ op: 'list', times: 20, answer: { status: 200, body: bodies[0] } });
    const r = await run(['upload', '--cert', t.b.cert, '--key', t.b.key, '--chain', t.b.chain, '--if-changed']);
    expect(r.code, r.stderr).toBe(5);
    expect((await t.emu.state()).requests.byOperation.import ?? 0).toBe(0);
  });
});
