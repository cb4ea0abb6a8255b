// Where the certificate list ends, through the built binary: an understated total_count no longer hides the
// certificates past it (upload --if-changed finds the copy there, nothing imported; scm list shows all, never
// a false "complete"), and counted in pages, one full page then an empty one is the end, not "kept changing".
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { identityOf } from '../../src/api/cert-identity.js';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('list-ends', { cn: 'shop.example.test' });
const { run } = cliRecorder(() => t.env());

describe('total_count 50 for 61 certificates sharing the domain', () => {
  beforeEach(async () => {
    const id = identityOf(readFileSync(t.b.cert, 'utf8'));
    // The copy SCM holds is the oldest: listed last, past the 50 the count admits.
    await t.emu.seed({ certificates: [{ name: 'the-one', pem: readFileSync(t.b.cert, 'utf8'), created_at: '2020-01-01T00:00:00Z' }] });
    await t.emu.seed({ certificates: Array.from({ length: 60 }, (_, i) => ({ name: `shop-${i}`, domain: id.names[0], sans: id.names, not_after: id.notAfter.toISOString(), created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })) });
    await t.emu.options({ list_count: 50 });
  });

  it('upload --if-changed finds the copy on page 2: unchanged, nothing imported', async () => {
    await t.emu.options({ duplicate_check: 'ignore' });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'shop-2026', '--if-changed']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^unchanged: the same certificate is already in SCM as scs\d{13}, named 'the-one'/);
    expect((await t.emu.state()).requests.byOperation.import).toBeUndefined();
  });

  it('scm list --json: all 61, complete', async () => {
    const r = await run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 61, complete: true });
  });
});

describe('counted in pages, exactly 50 certificates', () => {
  it.each(['absent', 0, 10, 49, 50])('scm list --json with total_count %s: complete, no warning', async (count) => {
    await t.emu.seed({ certificates: Array.from({ length: 50 }, (_, i) => ({ name: `bulk-${i}`, domain: `h${i}.bulk.example.test` })) });
    await t.emu.options({ offset_unit: 'pages', list_count: count });
    const r = await run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.total, doc.complete, doc.incomplete]).toEqual([50, true, undefined]);
    expect(r.stderr).toBe('');
  });
});
