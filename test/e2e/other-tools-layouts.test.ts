// Files as other tools leave them (hunt7): Cloudflare Origin CA / step-ca (a leaf signed by the root itself), a
// PKCS#12 file without its key, a cert-manager mount, Caddy's data folder and a certbot tree. Each was answered
// with advice that, followed, fails, or with a wrong verdict. Through the built binary, in English and Chinese.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const rules = (stdout: string): string[] => json(stdout).findings.map((f: any) => f.rule);

describeFixtures('a leaf signed directly by a root (Cloudflare Origin CA, step-ca without an intermediate)', () => {
  it('with the root: accepted, and no advice to drop the root, which is the whole chain', async () => {
    const r = await runCli(['validate', L('origin-ca'), '--json']);
    expect(r.code).toBe(0);
    expect(rules(r.stdout)).toEqual([]);
    const zh = await runCli(['validate', L('origin-ca'), '--lang', 'zh']);
    expect(zh.stdout).not.toContain('删除根证书');
  });

  it('without the root: chain-too-short, whose fix names the root as the chain of such a leaf (en, zh)', async () => {
    const r = await runCli(['validate', L('origin-ca-no-root'), '--json']);
    expect(r.code).toBe(1);
    const f = json(r.stdout).findings.find((x: any) => x.rule === 'chain-too-short');
    expect(f.fix).toContain('A leaf signed directly by a root (a private CA, Cloudflare Origin CA, step-ca without an intermediate) needs that root as its chain');
    const zh = await runCli(['validate', L('origin-ca-no-root'), '--lang', 'zh']);
    expect(zh.stdout).toContain('由根证书直接签发的服务器证书');
  });

  it('a root after an intermediate is still worth a note, which no longer claims every client trusts it', async () => {
    const r = await runCli(['validate', L('leaf-int-root'), '--json']);
    expect(r.code).toBe(0);
    const f = json(r.stdout).findings.find((x: any) => x.rule === 'chain-includes-root');
    expect(f.message).toMatch(/after an intermediate; a client that trusts this root already holds it$/);
    expect(f.fix).toMatch(/^Optional: drop the root and keep the intermediate\(s\)/);
  });
});

describeFixtures('a PKCS#12 file without its private key', () => {
  const pfx = fixture('pfx/no-key.pfx');
  const env = { SCM_PFX_PASSWORD: 'secret' };
  it('given with --pfx: the fix points to the form that works (the key after the file), not to --key', async () => {
    const r = await runCli(['validate', '--pfx', pfx, '--json'], { env });
    expect(r.code).toBe(1);
    const f = json(r.stdout).findings.find((x: any) => x.rule === 'key-empty');
    expect(f.fix).toContain('`scm validate site.pfx key.pem` (--pfx takes no --key)');
    const zh = await runCli(['validate', '--pfx', pfx, '--lang', 'zh'], { env });
    expect(zh.stdout).toContain('`scm validate site.pfx key.pem`（--pfx 不能与 --key 同用）');
    // Following the fix works.
    const followed = await runCli(['validate', pfx, fixture('cases/rsa.key')], { env });
    expect(followed.code).toBe(0);
  });
});

describeFixtures('a PKCS#12 file holding its private key only (openssl pkcs12 -export -nocerts)', () => {
  const pfx = fixture('pfx/key-only.pfx');
  const env = { SCM_PFX_PASSWORD: 'secret' };
  it('given with --pfx: the fix points to the form that works (the certificate after the file), not to --cert, which --pfx refuses', async () => {
    const r = await runCli(['validate', '--pfx', pfx, '--json'], { env });
    expect(r.code).toBe(1);
    const f = json(r.stdout).findings.find((x: any) => x.rule === 'cert-missing');
    expect([f.message, f.fix]).toEqual(['key-only.pfx holds no certificate', `give the certificate with it: a .pfx or .p12 without its certificate takes the certificate file after it, as in \`scm validate ${pfx} fullchain.pem\` (--pfx takes no --cert), or re-export the PKCS#12 with its certificate`]);
    const zh = await runCli(['validate', '--pfx', pfx, '--lang', 'zh'], { env });
    expect(zh.stdout).toContain(`如 \`scm validate ${pfx} fullchain.pem\`（--pfx 不能与 --cert 同用）`);
    // What the old fix said is refused; following the new one works.
    expect((await runCli(['validate', '--pfx', pfx, '--cert', fixture('cases/rsa-fullchain.pem')], { env })).code).toBe(2);
    const followed = await runCli(['validate', pfx, fixture('cases/rsa-fullchain.pem')], { env });
    expect(followed.code).toBe(0);
    // A lone key file keeps the rule's fix: --cert goes with --key.
    const key = await runCli(['validate', fixture('cases/rsa.key'), '--json']);
    expect(json(key.stdout).findings.find((x: any) => x.rule === 'cert-missing').fix).toMatch(/^pass the server certificate with --cert FILE/i);
  });
});

describeFixtures('a cert-manager mount: --cert tls.crt (leaf + intermediate) --chain ca.crt (the root)', () => {
  const M = (name: string): string => L(`cert-manager-mount/${name}`);
  const args = ['--cert', M('tls.crt'), '--key', M('tls.key'), '--chain', M('ca.crt')];
  const blocks = (file: string): string[] => readFileSync(file, 'utf8').match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/g)!;

  it('validate builds the chain from both, says so (en, zh), and accepts it', async () => {
    const r = await runCli(['validate', ...args, '--json']);
    expect(r.code).toBe(0);
    expect(rules(r.stdout)).toEqual(['chain-merged', 'chain-includes-root']);
    expect(json(r.stdout).findings[0].message).toBe(`${M('tls.crt')} holds 2 certificates and ${M('ca.crt')} was given as the chain: the chain sent is built from both, each certificate once, in issuer order`);
    const zh = await runCli(['validate', ...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('发送的证书链由两者共同组成，每张证书只发送一次，按签发顺序排列');
  });

  it('upload sends what validate judged: the intermediate from tls.crt, then the root from ca.crt', async () => {
    const r = await runCli(['upload', ...args, '--name', 'cm-mount', '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const body = json(r.stdout).requests[0].body;
    const [leaf, inter] = blocks(M('tls.crt'));
    expect(body.certificate).toBe(leaf);
    expect(body.certificate_chain).toBe(inter! + blocks(M('ca.crt'))[0]);
  });

  it('the intermediate given in both files is sent once, in issuer order', async () => {
    const r = await runCli(['upload', '--cert', M('tls.crt'), '--key', M('tls.key'), '--chain', fixture('cases/rsa-chain-reversed.pem'), '--name', 'cm-mount', '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const body = json(r.stdout).requests[0].body;
    expect(body.certificate_chain).toBe(blocks(M('tls.crt'))[1]! + blocks(M('ca.crt'))[0]);
  });
});

describeFixtures('a tool\'s data folder whose bundles sit a few levels down (Caddy, certbot under Nginx Proxy Manager)', () => {
  it.each([
    ['caddy-data', 'certificates/acme-v02.api.letsencrypt.org-directory/rsa.example.com', ' (only instance.uuid, last_clean.json)'],
    ['caddy-data/certificates', 'acme-v02.api.letsencrypt.org-directory/rsa.example.com', ''],
    ['npm-letsencrypt', 'live/npm-1', ''],
  ])('%s: no verdict (exit 2), the bundle folder below named and suggested, and the suggestion works', async (dir, below, top) => {
    const r = await runCli(['validate', L(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: ${L(dir)} holds no certificate or private key at its top${top}; its only folder, ${below}, holds files: that is the bundle folder\n`
      + `hint: validate that folder: \`scm validate ${L(dir)}/${below}\`\n`);
    expect((await runCli(['validate', `${L(dir)}/${below}`])).code).toBe(0);
  });

  it('in Chinese too', async () => {
    const zh = await runCli(['validate', L('npm-letsencrypt'), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('其中只有一个目录 live/npm-1 中有文件：它就是证书目录');
  });
});
