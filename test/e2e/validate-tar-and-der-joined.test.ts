// Two inputs that were "binary data" (issue: one cause, one finding saying what the file is and what to do):
// a plain .tar (ustar, no compression: the magic is at byte 257, not at the start), given as a bundle, as --cert or
// as --pfx, and a .zip given as --pfx, are named archives with the command that unpacks them (exit 2, en and zh);
// a DER certificate and a DER private key joined (`cat cert.der key.der`) is read as the bundle it is, said in one
// info finding with the commands that split it into PEM files (servers read only the first object), and as
// --cert it is one error (SCM.0031) saying the same. Real certificates and keys from the generator, tar from tar.
import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const ENV = (): Record<string, string> => ({ HOME: dir, XDG_CONFIG_HOME: dir, SCM_PFX_PASSWORD: 'secret' });
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
const certDer = (rel: string): Buffer => new X509Certificate(readFileSync(fixture(rel))).raw;
const keyDer = (): Buffer => createPrivateKey(readFileSync(fixture('cases/rsa.key'))).export({ format: 'der', type: 'pkcs8' });

describeFixtures('a tar archive, and a DER certificate and key joined', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-tar-der-'));
    mkdirSync(join(dir, 'site'));
    copyFileSync(fixture('cases/rsa-fullchain.pem'), join(dir, 'site', 'fullchain.pem'));
    copyFileSync(fixture('cases/rsa.key'), join(dir, 'site', 'privkey.pem'));
    execFileSync('tar', ['-cf', 'site.tar', 'site'], { cwd: dir });
    execFileSync('tar', ['-cf', join(dir, 'pfx.tar'), '-C', fixture('pfx'), 'rsa.pfx']);
    // An empty zip (its end record alone): what `zip` writes is not needed to be named a zip archive.
    writeFileSync(join(dir, 'site.zip'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]));
    writeFileSync(join(dir, 'joined.der'), Buffer.concat([certDer('cases/rsa.crt'), keyDer()]));
    writeFileSync(join(dir, 'key-cert-inter.der'), Buffer.concat([keyDer(), certDer('cases/rsa.crt'), certDer('pki/inter-rsa.crt')]));
  });

  it.each([
    [['validate', 'site.tar'], 'scm: site.tar is a tar archive (a download not unpacked yet), not a certificate or a key: unpack it with `mkdir site && tar -xf site.tar -C site`, then validate the folder it makes: `scm validate site`'],
    [['validate', '--cert', 'site.tar', '--key', 'site/privkey.pem'], 'scm: site.tar is a tar archive (a download not unpacked yet), not a certificate or a key: unpack it with `mkdir site && tar -xf site.tar -C site`, then validate the folder it makes: `scm validate site`'],
    [['validate', '--pfx', 'pfx.tar'], 'scm: pfx.tar is a tar archive (a download not unpacked yet), not a certificate or a key: unpack it with `mkdir pfx && tar -xf pfx.tar -C pfx`, then validate the folder it makes: `scm validate pfx`'],
    [['validate', '--pfx', 'site.zip'], 'scm: site.zip is a zip archive (a download not unpacked yet), not a certificate or a key: unpack it with `unzip site.zip -d site`, then validate the folder it makes: `scm validate site`'],
  ])('%j: one input error naming the archive, exit 2', async (args, said) => {
    const r = await runCli(args, { cwd: dir, env: ENV() });
    expect([r.code, r.stdout, r.stderr.trim().split('\n')[0]]).toEqual([2, '', said]);
  });

  it('a tar archive in Chinese', async () => {
    const r = await runCli(['validate', 'site.tar', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect([r.code, r.stderr.trim().split('\n')[0]]).toEqual([2, 'scm: site.tar 是 tar 压缩包（下载后还没有解压），不是证书或私钥：请先用 `mkdir site && tar -xf site.tar -C site` 解压，再校验解压出的目录：`scm validate site`']);
  });

  it('cat cert.der key.der as a bundle: read, one info finding with the commands that split it; they work', async () => {
    const r = await runCli(['validate', 'joined.der', '--json'], { cwd: dir, env: ENV() });
    const out = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; message: string; fix: string }[]; certificate: { subject: string } };
    expect(out.certificate.subject).toBe('CN=rsa.example.com');
    const joined = out.findings.filter((f) => f.rule === 'input-converted');
    expect(joined.map((f) => f.message)).toEqual(['joined.der holds 1 certificate and 1 private key in DER one after another (DER files joined with cat); scm reads and sends them as PEM, but a server or tool given this file reads only the first of them']);
    expect(out.findings.map((f) => f.rule)).not.toContain('cert-missing');
    const commands = [...joined[0]!.fix.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    expect(commands).toEqual(['openssl x509 -inform der -in joined.der -out cert.pem', `tail -c +${certDer('cases/rsa.crt').length + 1} joined.der | openssl pkey -inform der -out key.pem`]);
    for (const c of commands) execFileSync('sh', ['-c', c], { cwd: dir });
    expect(readFileSync(join(dir, 'cert.pem'), 'utf8')).toBe(readFileSync(fixture('cases/rsa.crt'), 'utf8'));
    expect(createPrivateKey(readFileSync(join(dir, 'key.pem'))).export({ format: 'der', type: 'pkcs8' })).toEqual(keyDer());
    const zh = await runCli(['validate', 'joined.der', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(zh.stdout).toContain('joined.der 中是首尾相接的 DER 格式的 1 张证书和 1 个私钥（用 `cat` 拼接的多个 DER 文件）');
  });

  it('key, leaf and intermediate joined: the commands name each piece; as --cert, one error (SCM.0031) saying what it holds', async () => {
    const r = await runCli(['validate', 'key-cert-inter.der', '--json'], { cwd: dir, env: ENV() });
    const out = JSON.parse(r.stdout) as { valid: boolean; findings: { rule: string; fix: string }[] };
    expect(out.valid).toBe(true);
    const fix = out.findings.find((f) => f.rule === 'input-converted')!.fix;
    const k = keyDer().length;
    expect([...fix.matchAll(/`([^`]+)`/g)].map((m) => m[1])).toEqual(['openssl pkey -inform der -in key-cert-inter.der -out key.pem', `tail -c +${k + 1} key-cert-inter.der | openssl x509 -inform der -out cert.pem`, `tail -c +${k + certDer('cases/rsa.crt').length + 1} key-cert-inter.der | openssl x509 -inform der -out chain-2.pem`]);
    const slot = await runCli(['validate', '--cert', 'joined.der', '--key', 'site/privkey.pem', '--json'], { cwd: dir, env: ENV() });
    const f = (JSON.parse(slot.stdout) as { findings: { rule: string; code: string; message: string }[] }).findings;
    expect([slot.code, f.map((x) => `${x.rule} ${x.code}`)]).toEqual([1, ['cert-unparsable SCM.0031']]);
    expect(f[0]!.message).toMatch(/^joined\.der holds 1 certificate and 1 private key in DER one after another \(DER files joined with cat\), not a certificate file: split it into PEM files with `openssl x509 -inform der -in joined\.der -out cert\.pem`, `tail -c \+\d+ joined\.der \| openssl pkey -inform der -out key\.pem`, and pass them with --cert and --key, or give joined\.der alone: `scm validate joined\.der`$/);
    const key = await runCli(['validate', '--cert', 'site/fullchain.pem', '--key', 'joined.der', '--lang', 'zh', '--json'], { cwd: dir, env: ENV() });
    const kf = (JSON.parse(key.stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect(kf.map((x) => x.rule)).toEqual(['key-unparsable']);
    expect(kf[0]!.message).toMatch(/^joined\.der 中是首尾相接的 DER 格式的 1 张证书和 1 个私钥（用 `cat` 拼接的多个 DER 文件），不是私钥文件：请用 `openssl x509/);
  });

  it('scm check reads the certificates of a joined file (no key needed), with the note that a server reads only the first piece', async () => {
    const r = await runCli(['check', 'joined.der', '--json'], { cwd: dir, env: ENV() });
    const t = (JSON.parse(r.stdout) as { targets: { subject: string; problems: unknown[]; notes?: string[] }[] }).targets[0]!;
    expect([r.code, t.subject, t.problems]).toEqual([0, 'CN=rsa.example.com', []]);
    expect(t.notes).toEqual(['joined.der holds 1 certificate and 1 private key in DER one after another (DER files joined with cat); scm reads and sends them as PEM, but a server or tool given this file reads only the first of them']);
    const chain = await runCli(['check', 'key-cert-inter.der', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect([chain.code, chain.stderr]).toEqual([0, '']);
    expect(chain.stdout).toContain('证书链：完整（CN=rsa.example.com → CN=SCM Test Intermediate R2）');
  });
});
