// Also: `scm list -q` never prints an empty line for an entry SCM listed without an id.
// `scm list --search` with an internationalised name: SCM's keyword search matches text, and a certificate may
// be listed under the U-label (münchen.example) or the A-label (xn--mnchen-3ya.example). Either form finds both,
// each once (upload's look-up, api/find.ts, already searched both).
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('list-idn', { bundle: false });
const { run } = cliRecorder(() => t.env());

describe('list --search with an IDN', () => {
  it.each(['münchen.example', 'xn--mnchen-3ya.example', 'MÜNCHEN', 'XN--MNCHEN-3YA'])('%s finds the certificate under either form, each once', async (search) => {
    const [a, u] = (await t.emu.seed({ certificates: [{ name: 'by-ascii', domain: 'xn--mnchen-3ya.example' }, { name: 'by-unicode', domain: 'münchen.example' }, { name: 'other', domain: 'berlin.example' }] })).certificates;
    const r = await run(['list', '--search', search, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').sort()).toEqual([a, u].sort());
    const j = await run(['list', '--search', search, '--json']);
    const doc = JSON.parse(j.stdout) as { certificates: { id: string }[]; total: number; complete: boolean };
    expect([doc.certificates.map((c) => c.id).sort(), doc.total, doc.complete]).toEqual([[a, u].sort(), 2, true]);
  });

  it('a plain search is one request per page, as before', async () => {
    await t.emu.seed({ certificates: [{ name: 'shop', domain: 'shop.example' }] });
    const r = await run(['list', '--search', 'shop', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect((await t.emu.state()).requests.byOperation.list).toBe(1);
  });
});

describe('list -q and an entry without an id', () => {
  it('prints the ids there are, one per line, no empty line (a script would pass "" to scm show)', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'shop', domain: 'shop.example' }] })).certificates;
    await t.emu.fault({ op: 'list', times: 3, answer: { status: 200, body: { certificates: [{ id, name: 'shop', domain: 'shop.example', status: 'UPLOAD' }, { id: null, name: 'ghost', domain: 'ghost.example', status: 'UPLOAD' }], total_count: 2 } } });
    const r = await run(['list', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${id}\n`);
  });
});
