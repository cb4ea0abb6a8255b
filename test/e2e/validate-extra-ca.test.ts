// A bundle read by content (folder, files, --pfx, a PKCS#7 set) with a CA certificate that is not on the leaf's
// path: scm sends the path alone, so the extra CA is `chain-unrelated-cert` (a warning, not sent) and the path is
// judged on its own; a missing middle intermediate stays an error. A cross-signed copy of the intermediate (same
// subject and key, another issuer) is an alternative: the copy that continues the path is sent, the other is not.
// `scm check` on such a folder says the same. Through the built binary.
import { X509Certificate } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const C = (name: string): string => fixture(`cases/${name}`);
const triples = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}`);
const validate = (args: string[], env: Record<string, string> = {}) => runCli(['validate', ...args, '--json'], { env });
const dryRun = async (args: string[], env: Record<string, string> = {}): Promise<any> => {
  const r = await runCli(['upload', ...args, '--name', 'extra-ca', '--dry-run', '--json'], { env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
const UNRELATED = 'chain-unrelated-cert warning null';
const INTER = (): string => readFileSync(fixture('pki/inter-rsa.crt'), 'utf8');

describeFixtures('an extra CA beside the path, read by content', () => {
  it('a trust store in the folder (many unrelated CAs in one file) is one finding naming the file and the count, in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-trust-store-'));
    try {
      for (const f of ['fullchain.pem', 'privkey.pem']) copyFileSync(join(fixture('bundles/rsa-ok'), f), join(dir, f));
      writeFileSync(join(dir, 'ca-bundle.crt'), ['root-b.crt', 'root-ec.crt', 'gd-class2.crt', 'gd-root-g2.crt', 'root-short.crt'].map((f) => readFileSync(fixture(`pki/${f}`), 'utf8')).join(''));
      const r = await validate([dir]);
      expect(r.code, r.stderr).toBe(0);
      expect(triples(r.stdout)).toEqual([UNRELATED]);
      expect(JSON.parse(r.stdout).findings[0].message).toMatch(/ca-bundle\.crt holds 5 CA certificates \(CN=.+ first\) that did not issue CN=rsa\.example\.com or any of its intermediates, as a trust store does; they are not sent$/);
      // The text report's chain lists the first three by name, then counts the rest.
      const text = await runCli(['validate', dir]);
      expect(text.stdout.match(/\(not part of the chain, not sent\)/g)).toHaveLength(4);
      expect(text.stdout).toContain(`… and 2 more certificates in ${join(dir, 'ca-bundle.crt')} (not part of the chain, not sent)`);
      const zh = await validate([dir, '--lang', 'zh']);
      // certificate.path is the chain as data, the same in both languages (the chain lines are prose).
      const path = JSON.parse(r.stdout).certificate.path as Array<{ subject: string; role: string; key: string | null; sent: boolean }>;
      expect(path.map((e) => `${e.role} ${e.sent}`)).toEqual(['leaf true', 'intermediate true', 'missing false', ...Array(5).fill('unrelated false')]);
      expect(path[0]).toMatchObject({ subject: 'CN=rsa.example.com', key: expect.stringMatching(/^RSA \d+$/) });
      expect(path[2]!.key).toBeNull();
      expect(JSON.parse(zh.stdout).certificate.path).toEqual(path);
      expect(JSON.parse(zh.stdout).certificate.chain).not.toEqual(JSON.parse(r.stdout).certificate.chain);
      expect(JSON.parse(zh.stdout).findings[0].message).toMatch(/ca-bundle\.crt 中有 5 张 CA 证书（第一张为 CN=.+）没有签发 CN=rsa\.example\.com 或它的任何中间证书，像是一个信任库；它们不会被发送$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder with another CA\'s root or intermediate in its own file: valid, one warning, the path sent alone', async () => {
    for (const dir of ['extra-root', 'extra-intermediate']) {
      const r = await validate([L(dir)]);
      expect(r.code, dir).toBe(0);
      expect(triples(r.stdout), dir).toEqual([UNRELATED]);
      expect(JSON.parse(r.stdout).findings[0].message, dir).toMatch(/^CN=Unrelated (Root|Intermediate) B \(certificate 1 in .*other-ca\.pem\) did not issue CN=rsa\.example\.com or any of its intermediates; it is not sent$/);
    }
    expect((await dryRun([L('extra-root')])).requests[0].body.certificate_chain).toBe(INTER());
  });

  it('the same in one file given with the key, in a PKCS#12 file and in a PKCS#7 set given as --cert', async () => {
    const files = await validate([C('rsa-fullchain-plus-root-b.pem'), C('rsa.key')]);
    expect([files.code, ...triples(files.stdout)]).toEqual([0, UNRELATED]);
    const pfx = await validate(['--pfx', fixture('pfx/extra-root.pfx'), '--pfx-password-file', fixture('pfx/password.txt')]);
    expect([pfx.code, ...triples(pfx.stdout)]).toEqual([0, UNRELATED, 'input-converted info null']);
    const p7 = await validate(['--cert', C('rsa-fullchain-plus-root-b.p7b'), '--key', C('rsa.key')]);
    expect([p7.code, ...triples(p7.stdout)]).toEqual([0, UNRELATED]);
    expect(JSON.parse(p7.stdout).certificate.chain.at(-1)).toBe('CN=Unrelated Root B (not part of the chain, not sent)');
    expect((await dryRun(['--cert', C('rsa-fullchain-plus-root-b.p7b'), '--key', C('rsa.key')])).requests[0].body.certificate_chain).toBe(INTER());
    const chainP7 = await validate(['--cert', C('rsa.crt'), '--chain', C('rsa-chain-plus-root-b.p7b'), '--key', C('rsa.key')]);
    expect([chainP7.code, ...triples(chainP7.stdout)]).toEqual([0, UNRELATED]);
  });

  it('sent as given (PEM --chain), the extra CA is still the hole SCM refuses; a missing middle intermediate stays an error', async () => {
    const given = await validate(['--cert', C('rsa.crt'), '--chain', C('rsa-chain-plus-root-b.pem'), '--key', C('rsa.key')]);
    expect([given.code, ...triples(given.stdout)]).toEqual([1, 'chain-missing-intermediate error SCM.0079']);
    const middle = await validate([L('missing-middle')]);
    expect([middle.code, ...triples(middle.stdout)]).toEqual([1, 'chain-missing-intermediate error SCM.0079']);
  });

  it('scm check on the folder: the chain is complete, the extra CA a note', async () => {
    const r = await runCli(['check', L('extra-root')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/chain: complete /);
    expect(r.stdout).toMatch(/chain note: CN=Unrelated Root B .* it is not sent/);
  });
});

describeFixtures('a cross-signed intermediate with the root of the cross path', () => {
  it('the path through the cross-signed copy ends at a root of the folder: valid, the other copy not sent (info)', async () => {
    const r = await validate([L('cross-signed')]);
    expect(r.code).toBe(0);
    expect(triples(r.stdout)).toEqual(['chain-alternative-ignored info null', 'chain-includes-root info null']);
    const message = JSON.parse(r.stdout).findings[0].message;
    expect(message).toBe('CN=SCM Test Intermediate R2 (certificate 1 in ' + L('cross-signed') + '/chain.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=SCM Test Root R1); the path uses the copy issued by CN=Unrelated Root B, so this one is not sent');
    expect(message).not.toMatch(/did not issue/);
    const body = (await dryRun([L('cross-signed')])).requests[0].body;
    expect(body.certificate_chain).toBe(readFileSync(fixture('pki/inter-rsa-cross-b.crt'), 'utf8') + readFileSync(fixture('pki/root-b.crt'), 'utf8'));
  });

  it('the cross-signed copy expired (the clock between its end and the usual copy\'s): the usual copy is the path, though its root is not in the folder', async () => {
    const env = { SCM_NOW: new Date(Date.now() + 75 * 365.25 * 86_400_000).toISOString() };
    const r = await validate([L('cross-signed-expiring')], env);
    expect(r.code, r.stdout).toBe(0);
    expect(triples(r.stdout)).not.toContain('chain-cert-expired error SCM.0043');
    expect(JSON.stringify(JSON.parse(r.stdout).findings)).not.toMatch(/expired/);
    const body = (await dryRun([L('cross-signed-expiring')], env)).requests[0].body;
    expect(body.certificate_chain).toBe(INTER());
  });
});

describeFixtures('an intermediate reissued by the same root (same subject, key and issuer, other dates)', () => {
  const dir = L('reissued-intermediate');
  const until = (file: string): string => new Date(new X509Certificate(readFileSync(join(dir, file))).validTo).toISOString().slice(0, 10);
  const message = (stdout: string): string => JSON.parse(stdout).findings[0].message;
  const later = { SCM_NOW: new Date(Date.now() + 75 * 365.25 * 86_400_000).toISOString() };

  it('the copy has expired by the clock: said so, never "the path uses the copy issued by" the same root (en, zh)', async () => {
    const r = await validate([dir], later);
    expect(r.code, r.stdout).toBe(0);
    expect(triples(r.stdout)).toEqual(['chain-alternative-ignored info null']);
    expect(message(r.stdout)).toBe(`CN=SCM Test Intermediate R2 (certificate 1 in ${dir}/old-chain.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=SCM Test Root R1 too) that expired on ${until('old-chain.pem')}; the path uses the copy valid until ${until('chain.pem')}, so this one is not sent`);
    const zh = await validate([dir, '--lang', 'zh'], later);
    expect(message(zh.stdout)).toBe(`CN=SCM Test Intermediate R2（${dir}/old-chain.pem 中的第 1 张证书）是 CN=SCM Test Intermediate R2 的另一份副本（密钥相同，同样由 CN=SCM Test Root R1 签发），已于 ${until('old-chain.pem')} 过期；证书路径使用的是有效期至 ${until('chain.pem')} 的那一份，这一份不会被发送`);
  });

  it('both valid, whatever the file order: the copy valid longest is sent, the other said to be one copy too many', async () => {
    for (const [first, second] of [['old-chain.pem', 'chain.pem'], ['chain.pem', 'old-chain.pem']]) {
      const tmp = mkdtempSync(join(tmpdir(), 'scm-e2e-reissued-'));
      try {
        // Read in name order: 1.pem before 2.pem.
        for (const [from, to] of [['cert.pem', 'cert.pem'], ['privkey.pem', 'privkey.pem'], [first, '1.pem'], [second, '2.pem']]) copyFileSync(join(dir, from!), join(tmp, to!));
        const r = await validate([tmp]);
        expect(r.code, r.stdout).toBe(0);
        const at = first === 'old-chain.pem' ? 1 : 2;
        expect(message(r.stdout)).toBe(`CN=SCM Test Intermediate R2 (certificate 1 in ${tmp}/${at}.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=SCM Test Root R1 too, valid until ${until('old-chain.pem')}); one copy is enough, and the path uses the one valid until ${until('chain.pem')}, so this one is not sent`);
        expect((await dryRun([tmp])).requests[0].body.certificate_chain).toBe(INTER());
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }
  });
});
