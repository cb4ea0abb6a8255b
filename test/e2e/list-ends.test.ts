// Where the certificate list ends, through the built binary: an understated total_count no longer hides the
// certificates past it (upload --if-changed finds the copy there, nothing imported; scm list shows all, never
// a false "complete"), and counted in pages, one full page then an empty one is the end, not "kept changing".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { identityOf } from '../../src/api/find.js';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-list-ends-'));
  b = makeBundle(join(dir, 'b'), { cn: 'shop.example.test' });
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

describe('total_count 50 for 61 certificates sharing the domain', () => {
  beforeEach(async () => {
    const id = identityOf(readFileSync(b.cert, 'utf8'));
    // The copy SCM holds is the oldest: listed last, past the 50 the count admits.
    await emu.seed({ certificates: [{ name: 'the-one', pem: readFileSync(b.cert, 'utf8'), created_at: '2020-01-01T00:00:00Z' }] });
    await emu.seed({ certificates: Array.from({ length: 60 }, (_, i) => ({ name: `shop-${i}`, domain: id.names[0], sans: id.names, not_after: id.notAfter.toISOString(), created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })) });
    await emu.options({ list_count: 50 });
  });

  it('upload --if-changed finds the copy on page 2: unchanged, nothing imported', async () => {
    await emu.options({ duplicate_check: 'ignore' });
    const r = await run(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'shop-2026', '--if-changed']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^unchanged: the same certificate is already in SCM as scs\d{13}, named 'the-one'/);
    expect((await emu.state()).requests.byOperation.import).toBeUndefined();
  });

  it('scm list --json: all 61, complete', async () => {
    const r = await run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 61, complete: true });
  });
});

describe('counted in pages, exactly 50 certificates', () => {
  it.each(['absent', 0, 10, 49, 50])('scm list --json with total_count %s: complete, no warning', async (count) => {
    await emu.seed({ certificates: Array.from({ length: 50 }, (_, i) => ({ name: `bulk-${i}`, domain: `h${i}.bulk.example.test` })) });
    await emu.options({ offset_unit: 'pages', list_count: count });
    const r = await run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.total, doc.complete, doc.incomplete]).toEqual([50, true, undefined]);
    expect(r.stderr).toBe('');
  });
});
