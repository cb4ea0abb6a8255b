// Two certificates for the same names issued together in one folder (hunt6, finding 2), through the built binary:
// each with its own key, or with no key at all, the folder is ambiguous (exit 2, both named), never the newer one
// picked; only generations (certbot's numbered archive/ files, or a day apart) are one bundle. `scm check` reads
// such a folder as validate does, and never shows another leaf as a link of the chain.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const RSA = 'CN=rsa.example.com';
const INT = 'CN=SCM Test Intermediate R2';
let dir = '';
const D = (name: string): string => join(dir, name);

/** A folder of `files`: name → fixture paths whose bytes are joined (certificate, then the intermediate). */
function folder(name: string, files: Record<string, string[]>): void {
  mkdirSync(D(name));
  for (const [file, parts] of Object.entries(files)) writeFileSync(join(D(name), file), Buffer.concat(parts.map((p) => readFileSync(fixture(p)))));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-pairs-'));
  // archive-old.crt and archive-new.crt: the same names, issued a second apart, each with its own RSA key.
  const old = ['cases/archive-old.crt', 'pki/inter-rsa.crt'];
  const now = ['cases/archive-new.crt', 'pki/inter-rsa.crt'];
  folder('pair5', { 'a.pem': old, 'a.key': ['cases/other-rsa.key'], 'b.pem': now, 'b.key': ['cases/rsa.key'] });
  folder('bad', { 'a.pem': ['cases/archive-old.crt'], 'b.pem': ['cases/archive-new.crt'] });
  // The key decides: the older certificate is its, the newer one has none here.
  folder('keyed', { 'a.pem': old, 'a.key': ['cases/other-rsa.key'], 'b.pem': now });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeFixtures('two certificates for the same names issued together in one folder (hunt6 2)', () => {
  it('each with its own key: two pairs, exit 2, both named (not the newer one), in English and Chinese', async () => {
    const r = await runCli(['validate', D('pair5')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`cannot tell which certificate and key to use in ${D('pair5')}: it holds 2 certificates, each with its own private key: ${RSA} (RSA 2048) in a.pem with its key in a.key; ${RSA} (RSA 2048) in b.pem with its key in b.key`);
    const zh = await runCli(['validate', D('pair5'), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`无法确定 ${D('pair5')} 中`);
  });

  it('beside a good folder: its own bundles[] entry (valid false, error), the other still validated, exit 2', async () => {
    const r = await runCli(['validate', D('pair5'), fixture('bundles/layouts/certbot-archive'), '--json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.bundles.map((b: any) => [b.valid, b.error?.message.startsWith('cannot tell which certificate and key to use') ?? null])).toEqual([[false, true], [true, null]]);
  });

  it('with no key: "two leaves and no key to choose" (exit 2), not a pick and key-empty (exit 1)', async () => {
    const r = await runCli(['validate', D('bad')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`cannot tell which certificate is the leaf in ${D('bad')}: ${RSA} in a.pem, ${RSA} in b.pem; there is no private key to choose by`);
    expect(r.stderr).toContain('hint: pass the leaf with --cert FILE');
    const zh = await runCli(['validate', D('bad'), '--lang', 'zh']);
    expect(zh.stderr).toContain(`无法确定 ${D('bad')} 中哪张是服务器证书：a.pem 中的 ${RSA}、b.pem 中的 ${RSA}；没有可据以判断的私钥`);
  });

  it("certbot's archive/ (numbered generations a second apart) is still one bundle: the newest", async () => {
    const r = await runCli(['validate', fixture('bundles/layouts/certbot-archive'), '--json']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('the key still decides: the certificate it matches, beside a newer one without its key', async () => {
    const r = await runCli(['validate', D('keyed'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).certificate.sha256).toBe(JSON.parse((await runCli(['validate', '--cert', fixture('cases/archive-old.crt'), '--key', fixture('cases/other-rsa.key'), '--json'])).stdout).certificate.sha256);
  });
});

describeFixtures('scm check on such folders reads them as validate does (hunt6 2)', () => {
  it('refuses both (exit 2) with validate\'s reason, even though check reads no key', async () => {
    const r = await runCli(['check', D('pair5'), D('bad')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${D('pair5')}: cannot check\n  ✗ cannot tell which certificate and key to use in ${D('pair5')}: it holds 2 certificates`);
    expect(r.stdout).toContain(`${D('bad')}: cannot check\n  ✗ cannot tell which certificate is the leaf in ${D('bad')}:`);
    const dual = await runCli(['check', fixture('bundles/layouts/dual-rsa-ecdsa')]);
    expect(dual.code).toBe(2);
  });

  it('where the key decides, check takes that leaf too', async () => {
    const r = await runCli(['check', D('keyed'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).targets[0].chain.certificates).toEqual([RSA, INT]);
  });

  it("a folder's chain is the path from the leaf: an older generation or another leaf is never a link of it", async () => {
    const r = await runCli(['check', fixture('bundles/layouts/certbot-archive'), fixture('bundles/layouts/certbot-archive-ecdsa'), '--within', '1']);
    expect(r.code, r.stderr).toBe(0);
    const chains = r.stdout.split('\n').filter((l) => l.startsWith('  chain:'));
    expect(chains).toEqual([`  chain: complete (${RSA} → ${INT})`, `  chain: complete (${RSA} → ${INT})`]);
  });
});
