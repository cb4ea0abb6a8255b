// The private key's form on upload, through the built binary and the emulator: certbot's privkey.pem is PKCS#8,
// which WAF, ELB and CDN do not take, so scm sends an RSA key as PKCS#1 and an EC key as SEC1 (the same key),
// says so once (info), and a dry run shows the label of the form it would send, never the key.
import { createPublicKey } from 'node:crypto';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRecorder, secretMarkers, TEST_SK } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { fixture } from '../helpers/fixtures.js';

/** A certbot live/ folder with an RSA key: cert.pem, chain.pem, fullchain.pem, privkey.pem (PKCS#8). */
let live: string;
// t.b: a bundle with an EC key (makeBundle's).
const t = withEmulator('key-form', {
  setup: (dir) => {
    live = join(dir, 'live', 'rsa.example.com');
    cpSync(fixture('bundles/rsa-ok'), live, { recursive: true });
  },
});
const { run, outputs } = cliRecorder(() => t.env());
const spki = (pem: string): string => createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
const RSA_NOTE_TEXT = /^the private key in \S*privkey\.pem is sent as PKCS#1 \(traditional RSA, BEGIN RSA PRIVATE KEY\): WAF, ELB and CDN do not take PKCS#8 keys$/;

/** The private key SCM holds for `id`, as `scm export` writes it. */
async function exportedKey(id: string): Promise<string> {
  const out = join(t.dir, `export-${id}`);
  const r = await run(['export', id, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(out, 'privkey.pem'), 'utf8');
}

// Runs before the suite's own afterAll (after-hooks run last registered first): the folder is still there.
afterAll(() => {
  // No output held a line of either key, as given or as sent.
  const all = outputs.map((o) => o.stdout + o.stderr).join('\n');
  const rsaKey = readFileSync(join(live, 'privkey.pem'), 'utf8');
  const sentRsa = readFileSync(fixture('cases/rsa.pkcs1.key'), 'utf8');
  for (const marker of [TEST_SK, ...secretMarkers(rsaKey), ...secretMarkers(sentRsa), ...secretMarkers(t.b.keyPem, readFileSync(t.b.fullchain, 'utf8'))]) expect(all).not.toContain(marker);
});

describe('scm upload sends the traditional key form', () => {
  it('certbot files (PKCS#8 RSA key): SCM holds the same key as BEGIN RSA PRIVATE KEY; said in --json, quiet in text', async () => {
    const given = readFileSync(join(live, 'privkey.pem'), 'utf8');
    expect(given).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const r = await run(['upload', live, '--name', 'rsa-example']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/input-converted/);
    const id = /uploaded rsa-example as (scs\d{13})\n/.exec(r.stdout)![1]!;
    const j = JSON.parse((await run(['upload', live, '--name', 'rsa-example', '--if-changed', '--json'])).stdout);
    expect(j.findings.filter((f: { rule: string }) => f.rule === 'input-converted')).toEqual([expect.objectContaining({ message: expect.stringMatching(RSA_NOTE_TEXT) })]);
    const held = await exportedKey(id);
    expect(held).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END RSA PRIVATE KEY-----\n$/);
    expect(spki(held)).toBe(spki(given));
  });

  it('--cert/--key, an EC key (PKCS#8): held as BEGIN EC PRIVATE KEY, the same key', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'ec-example', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const held = await exportedKey(r.stdout.trim());
    expect(held).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
    expect(spki(held)).toBe(spki(t.b.keyPem));
  });

  it('upload --rotate (the renewal hooks\' step) sends it the same way', async () => {
    const r = await run(['upload', live, '--name', 'rsa-rotated', '--rotate']);
    expect(r.code, r.stderr).toBe(0);
    const [cert] = (await t.emu.state()).certificates;
    expect(await exportedKey(cert!.id)).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
  });

  it('scm rotate with files: held as BEGIN RSA PRIVATE KEY; a rerun uploads nothing', async () => {
    const { certificates: [oldId] } = await t.emu.seed({ certificates: [{ name: 'rsa-old', domain: 'rsa.example.com' }] });
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', name: 'lb', certificate_id: oldId }] });
    const r = await run(['rotate', oldId!, live]);
    expect(r.code, r.stderr).toBe(0);
    const fresh = (await t.emu.state()).certificates.find((c) => c.id !== oldId)!;
    expect(await exportedKey(fresh.id)).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    const again = await run(['rotate', oldId!, live]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/input-converted/);
  });

  it('--dry-run shows the label of the form sent, never the key; nothing is sent', async () => {
    const r = await run(['upload', live, '--name', 'rsa-example', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/"private_key": "\[redacted: \d{4}-character private key, BEGIN RSA PRIVATE KEY\]"/);
    expect(r.stdout).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    const zh = await run(['upload', live, '--name', 'rsa-example', '--dry-run', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/"private_key": "\[已隐去：\d{4} 个字符的私钥，BEGIN RSA PRIVATE KEY\]"/);
    const zhJson = JSON.parse((await run(['upload', live, '--name', 'rsa-example', '--dry-run', '--json', '--lang', 'zh'])).stdout);
    expect(JSON.stringify(zhJson.findings)).toMatch(/privkey\.pem 中的私钥以 PKCS#1 格式（传统 RSA 格式，BEGIN RSA PRIVATE KEY）发送：WAF、ELB 和 CDN 暂不支持 PKCS#8 格式的私钥/);
    const json = JSON.parse((await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'ec-example', '--dry-run', '--json'])).stdout);
    expect(json.requests[0].body.private_key).toMatch(/^\[redacted: \d{3}-character private key, BEGIN EC PRIVATE KEY\]$/);
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'input-converted', severity: 'info', message: expect.stringMatching(/is sent as SEC1 \(traditional EC, BEGIN EC PRIVATE KEY\)/) })]);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('scm validate reads the same files without the note: nothing to fix, and nothing is sent', async () => {
    const r = await run(['validate', live]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/input-converted|PKCS#1/);
  });
});
