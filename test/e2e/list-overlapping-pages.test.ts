// A server whose pages overlap (each page past the first starts a few certificates early and repeats the end of
// the one before), or a list that gains certificates at its head while scm reads it: the page asked from the
// last certificate read starts further back. scm took that for a page out of place, read the list again, met
// the same, and reported it incomplete ("the certificate list kept changing while scm read it") with only the
// first page, though nothing had been skipped: the page's first certificates were the last ones read, in
// order, and the rest new. Such a page is now read on from, its repeats dropped: the list is complete. A page
// whose overlap is not the end of what was read still makes the list incomplete, never complete with one missing.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('list-overlap', { bundle: false });
const { run } = cliRecorder(() => t.env());

const seed = (n: number) => t.emu.seed({ certificates: Array.from({ length: n }, (_, i) => ({ name: `site-${i}`, domain: `s${i}.example.test`, created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })) });

describe('pages that repeat the end of the page before', () => {
  for (const repeat of [1, 3]) {
    it(`${repeat} repeated: every certificate listed once, complete, exit 0`, async () => {
      await seed(140);
      await t.emu.options({ page_repeat: repeat });
      const r = await run(['list', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as { certificates: Array<{ id: string }>; total: number; complete: boolean };
      expect([doc.complete, doc.total, doc.certificates.length, new Set(doc.certificates.map((c) => c.id)).size]).toEqual([true, 140, 140, 140]);
      expect(r.stderr).not.toMatch(/kept changing/);
      const q = await run(['list', '-q']);
      expect(q.stdout.trim().split('\n')).toHaveLength(140);
    });
  }

  it('offset counted in pages, 70 certificates: the second page starts with the end of the first, still read as a page', async () => {
    await seed(70);
    await t.emu.options({ offset_unit: 'pages', page_repeat: 1 });
    const r = await run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { certificates: Array<{ id: string }>; total: number; complete: boolean };
    expect([doc.complete, doc.total, doc.certificates.length, new Set(doc.certificates.map((c) => c.id)).size]).toEqual([true, 70, 70, 70]);
    expect(r.stderr).not.toMatch(/kept changing/);
  });
});
