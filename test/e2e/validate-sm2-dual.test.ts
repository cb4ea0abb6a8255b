// SM2 dual certificates through the built binary: a folder as `scm export` writes it (enc-cert.pem, enc-privkey.pem
// beside cert.pem ... privkey.pem) and a CA's dual download (sign.pem/sign.key, enc.pem/enc.key) are one bundle:
// the signing pair is the certificate and key, the encryption pair is said (sm2-encryption-pair) and uploaded
// with it; check agrees; what the emulator stored exports to a folder that validates again.
import { X509Certificate } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const sha256 = (rel: string): string => new X509Certificate(readFileSync(fixture(rel))).fingerprint256;

describeFixtures('SM2 dual certificates', () => {
  const t = withEmulator('sm2', { bundle: false });
  const { run } = cliRecorder(() => t.env());

  it.each(['sm2-export', 'sm2-dual'])('validate %s: one bundle, the signing pair as the leaf, the encryption pair said (exit 0)', async (layout) => {
    const r = await runCli(['validate', L(layout), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.certificate.sha256).toBe(sha256('cases/sm2.crt'));
    expect(doc.findings.map((f: { rule: string }) => f.rule)).toContain('sm2-encryption-pair');
    const zh = await runCli(['validate', L(layout), '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('SM2 加密证书');
  });

  it.each(['sm2-export', 'sm2-dual'])('check %s: the signing certificate, no note about another end-entity certificate', async (layout) => {
    const r = await runCli(['check', L(layout), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(sha256('cases/sm2.crt').replaceAll(':', '').toLowerCase());
    expect(r.stdout).not.toContain('enc-cert.pem');
    expect(r.stdout).not.toContain('enc.pem');
  });

  it('upload sends the encryption pair (enc_certificate, enc_private_key); the export of it validates again', async () => {
    const dry = await run(['upload', L('sm2-dual'), '--name', 'sm2-dual-dry', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout + dry.stderr).toContain('"enc_certificate": "-----BEGIN CERTIFICATE-----');
    expect(dry.stdout + dry.stderr).not.toContain('PRIVATE KEY-----\\n');
    const up = await run(['upload', L('sm2-export'), '--name', 'sm2-dual-test', '--json']);
    expect(up.code, up.stderr).toBe(0);
    const id = JSON.parse(up.stdout).certificate_id as string;
    const out = join(t.dir, 'exported');
    const ex = await run(['export', id, '--out', out]);
    expect(ex.code, ex.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['enc-cert.pem', 'enc-privkey.pem', 'privkey.pem']));
    const again = await runCli(['validate', out, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).certificate.sha256).toBe(sha256('cases/sm2.crt'));
  });
});
