// ShowCertificate need not carry `fingerprint` (every member of the SDK's model is optional; the service does not
// promise it). `upload --if-changed` used to exit 5 on every run against such a server ("has no fingerprint"),
// and an empty one read as "another certificate"; a plain upload of a certificate held was refused as a
// duplicate (exit 4). The lookup now hashes the held leaf from ExportCertificate instead; the private key in
// that answer is never printed. The built binary against the emulator's `show_fingerprint` option.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, secretMarkers, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

let renewed: Bundle;
const t = withEmulator('show-no-fp', { setup: (dir) => void (renewed = makeBundle(join(dir, 'renewed'))) });
const { run, outputs } = cliRecorder(() => t.env());
const upload = (b: Bundle, ...extra: string[]) => run(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'app-example', ...extra]);

describe.each(['absent', 'empty'] as const)('ShowCertificate with its fingerprint %s', (how) => {
  it('--if-changed on an unchanged certificate: exit 0, its id, nothing imported', async () => {
    const first = await upload(t.b, '--quiet');
    expect(first.code, first.stderr).toBe(0);
    await t.emu.options({ show_fingerprint: how });
    const again = await upload(t.b, '--if-changed');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`unchanged: the same certificate is already in SCM as ${first.stdout.trim()}; nothing uploaded\n`);
    const state = await t.emu.state();
    expect(state.requests.byOperation).toMatchObject({ import: 1, export: 1 });
  });

  it('--if-changed on a changed certificate (same names): imported once', async () => {
    expect((await upload(t.b, '--quiet')).code).toBe(0);
    await t.emu.options({ show_fingerprint: how });
    const r = await upload(renewed, '--if-changed', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.state();
    expect(state.requests.byOperation.import).toBe(2);
    expect(state.certificates.map((c) => c.id)).toContain(r.stdout.trim());
    expect(new Set(state.certificates.map((c) => c.fingerprint)).size).toBe(2);
  });

  it('a plain upload of a certificate held: its id, unchanged, not refused as a duplicate (zh too)', async () => {
    const first = await upload(t.b, '--quiet');
    await t.emu.options({ show_fingerprint: how });
    const r = await upload(t.b, '--lang', 'zh');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(first.stdout.trim());
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });
});

describe('an export whose PEM lost its line breaks', () => {
  it('written as \\n in the JSON string: mended, the copy found (exit 0, nothing imported)', async () => {
    const first = await upload(t.b, '--quiet');
    await t.emu.options({ show_fingerprint: 'absent' });
    const flat = readFileSync(t.b.cert, 'utf8').trim().replace(/\n/g, '\\n');
    await t.emu.fault({ op: 'export', answer: { status: 200, body: { certificate: flat, entire_certificate: flat, certificate_chain: '', private_key: t.b.keyPem } } });
    const r = await upload(t.b, '--if-changed', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(first.stdout);
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });
});

describe('scm check ID against such a server', () => {
  it('--expect FILE compares by the exported leaf: exit 0 for the same certificate, 1 for another', async () => {
    const id = (await upload(t.b, '--quiet')).stdout.trim();
    await t.emu.options({ show_fingerprint: 'absent' });
    const same = await run(['check', id, '--expect', t.b.cert, '--json']);
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).targets[0]).toMatchObject({ ok: true, expect: { matches: true } });
    const other = await run(['check', id, '--expect', renewed.cert]);
    expect(other.code, other.stderr).toBe(1);
    expect(other.stdout + other.stderr).not.toMatch(/cannot be compared/);
  });
});

describe('the export the lookup reads', () => {
  it('fails (a 403): --if-changed cannot tell, says why, imports nothing', async () => {
    expect((await upload(t.b, '--quiet')).code).toBe(0);
    await t.emu.options({ show_fingerprint: 'absent' });
    await t.emu.fault({ op: 'export', status: 403, error_code: 'SCM.0403', error_msg: 'no permission to export' });
    const r = await upload(t.b, '--if-changed');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/ShowCertificate scs\d{13} gives no fingerprint, and the certificate could not be read from ExportCertificate: .*no permission to export/);
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });

  it('no run printed the private key', () => {
    const markers = [...secretMarkers(t.b.keyPem, t.b.fullchain), ...secretMarkers(renewed.keyPem, renewed.fullchain)];
    for (const o of outputs) for (const m of markers) expect(o.stdout + o.stderr).not.toContain(m);
  });
});
