// A Tomcat folder from a CA's download (Tencent, Huawei Cloud): a .jks with keystorePass.txt beside it. scm cannot
// read a Java keystore, so it prints the keytool conversion; that hint names the password file (one shell word)
// for keytool's passwords and for --pfx-password-file, so the two printed commands, pasted with `sh -c`, give a
// .p12 that validates. Before, it said only "give the .p12 with --pfx": keytool asked for passwords, and the .p12
// then failed with "it needs a password". Without a password file beside it the hint stays as it was. Aliyun's JKS
// download has jks-password.txt beside the .jks: named the same way, and before pfx-password.txt when both are there.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { BIN, runCli } from '../helpers/run-cli.js';

let root: string;
const DIR = "Tomcat o'brien $x";
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-jks-hint-'));
  mkdirSync(join(root, DIR));
  copyFileSync(fixture('pfx/password.txt'), join(root, DIR, 'keystorePass.txt'));
  // A JKS with the key and chain, as a CA's Tomcat folder holds it (keytool writes one from the fixture .pfx).
  const pass = fixture('pfx/password.txt');
  execFileSync('keytool', ['-importkeystore', '-srckeystore', fixture('pfx/rsa.pfx'), '-srcstoretype', 'pkcs12', '-srcstorepass:file', pass,
    '-destkeystore', join(root, DIR, 'www.example.com.jks'), '-deststoretype', 'jks', '-deststorepass:file', pass, '-noprompt'], { stdio: 'ignore' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const commands = (hint: string): string[] => [...hint.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const sh = (command: string): string => execFileSync('sh', ['-c', `scm() { "${process.execPath}" "${BIN}" "$@"; }; ${command}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describeFixtures('a Java keystore with keystorePass.txt beside it', () => {
  it.each(['en', 'zh'] as const)('%s: the folder: keytool and --pfx-password-file name it; pasted, the .p12 validates', async (lang) => {
    rmSync(join(root, DIR, 'www.example.com.p12'), { force: true });
    const r = await runCli(['validate', DIR, '--lang', lang], { cwd: root, env: { HOME: root } });
    expect(r.code).toBe(2);
    const [keytool, pfx] = commands(r.stderr);
    const word = q(`${DIR}/keystorePass.txt`);
    expect(keytool).toBe(`keytool -importkeystore -srckeystore ${q(`${DIR}/www.example.com.jks`)} -destkeystore ${q(`${DIR}/www.example.com.p12`)} -deststoretype pkcs12 -srcstorepass:file ${word} -deststorepass:file ${word}`);
    expect(pfx).toBe(`--pfx ${q(`${DIR}/www.example.com.p12`)} --pfx-password-file ${word}`);
    expect(r.stderr).toContain(lang === 'en' ? `likely in ${DIR}/keystorePass.txt` : `旁边的 ${DIR}/keystorePass.txt 中`);
    sh(keytool!);
    expect(JSON.parse(sh(`scm validate ${pfx!} --json`))).toMatchObject({ valid: true });
  });

  it('--pfx given the .jks: the same hint', async () => {
    const r = await runCli(['validate', '--pfx', `${DIR}/www.example.com.jks`], { cwd: root, env: { HOME: root } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`then give the .p12 with \`--pfx ${q(`${DIR}/www.example.com.p12`)} --pfx-password-file ${q(`${DIR}/keystorePass.txt`)}\``);
  });

  it('the .jks as a file argument: the same hint', async () => {
    const r = await runCli(['validate', `${DIR}/www.example.com.jks`], { cwd: root, env: { HOME: root } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`then give the .p12 with \`--pfx ${q(`${DIR}/www.example.com.p12`)} --pfx-password-file ${q(`${DIR}/keystorePass.txt`)}\``);
  });

  it.each(['en', 'zh'] as const)('%s: check given the .jks: keytool and scm check name it', async (lang) => {
    const r = await runCli(['check', `${DIR}/www.example.com.jks`, '--lang', lang], { cwd: root, env: { HOME: root } });
    expect(r.code).toBe(2);
    const word = q(`${DIR}/keystorePass.txt`);
    const [keytool, validate] = commands(r.stdout).filter((c) => c !== 'scm check');
    expect(keytool).toBe(`keytool -importkeystore -srckeystore ${q(`${DIR}/www.example.com.jks`)} -destkeystore ${q(`${DIR}/www.example.com.p12`)} -deststoretype pkcs12 -srcstorepass:file ${word} -deststorepass:file ${word}`);
    expect(validate).toBe(`scm check ${q(`${DIR}/www.example.com.p12`)} --pfx-password-file ${word}`);
  });

  it.each(['en', 'zh'] as const)('%s: Aliyun\'s JKS download (jks-password.txt beside the .jks): validate and check name it', async (lang) => {
    const dir = join(root, 'aliyun jks');
    mkdirSync(dir, { recursive: true });
    // The keystore beforeAll made (its password in password.txt); the .p12 of a run before is made again.
    copyFileSync(join(root, DIR, 'www.example.com.jks'), join(dir, 'www.example.com.jks'));
    copyFileSync(fixture('pfx/password.txt'), join(dir, 'jks-password.txt'));
    rmSync(join(dir, 'www.example.com.p12'), { force: true });
    const word = q('aliyun jks/jks-password.txt');
    const folder = await runCli(['validate', 'aliyun jks', '--lang', lang], { cwd: root, env: { HOME: root } });
    expect(folder.code).toBe(2);
    const [keytool, pfx] = commands(folder.stderr);
    expect(keytool).toBe(`keytool -importkeystore -srckeystore ${q('aliyun jks/www.example.com.jks')} -destkeystore ${q('aliyun jks/www.example.com.p12')} -deststoretype pkcs12 -srcstorepass:file ${word} -deststorepass:file ${word}`);
    expect(pfx).toBe(`--pfx ${q('aliyun jks/www.example.com.p12')} --pfx-password-file ${word}`);
    const given = await runCli(['validate', '--pfx', 'aliyun jks/www.example.com.jks', '--lang', lang], { cwd: root, env: { HOME: root } });
    expect(commands(given.stderr)).toEqual([keytool, pfx]);
    const check = await runCli(['check', 'aliyun jks/www.example.com.jks', '--lang', lang], { cwd: root, env: { HOME: root } });
    expect(commands(check.stdout).filter((c) => c !== 'scm check')).toEqual([keytool, `scm check ${q('aliyun jks/www.example.com.p12')} --pfx-password-file ${word}`]);
    sh(keytool!);
    expect(JSON.parse(sh(`scm validate ${pfx!} --json`))).toMatchObject({ valid: true });
  });

  it('both of Aliyun\'s downloads unpacked in one folder: the .jks names jks-password.txt, the .pfx pfx-password.txt', async () => {
    const dir = join(root, 'aliyun both');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(root, DIR, 'www.example.com.jks'), join(dir, 'www.example.com.jks'));
    copyFileSync(fixture('pfx/rsa.pfx'), join(dir, 'www.example.com.pfx'));
    copyFileSync(fixture('pfx/password.txt'), join(dir, 'jks-password.txt'));
    copyFileSync(fixture('pfx/password.txt'), join(dir, 'pfx-password.txt'));
    const jks = await runCli(['validate', '--pfx', 'aliyun both/www.example.com.jks'], { cwd: root, env: { HOME: root } });
    expect(jks.stderr).toContain(`-srcstorepass:file ${q('aliyun both/jks-password.txt')}`);
    const check = await runCli(['check', 'aliyun both/www.example.com.jks'], { cwd: root, env: { HOME: root } });
    expect(check.stdout).toContain(`-srcstorepass:file ${q('aliyun both/jks-password.txt')}`);
    const pfx = await runCli(['validate', '--pfx', 'aliyun both/www.example.com.pfx'], { cwd: root, env: { HOME: root } });
    expect([pfx.code, pfx.stderr]).toEqual([2, expect.stringContaining(`pass --pfx-password-file ${q('aliyun both/pfx-password.txt')}`)]);
  });

  it('no password file beside it: the plain keytool hint', async () => {
    const r = await runCli(['validate', '--pfx', fixture('cases/site.jks')], { env: { HOME: root } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-deststoretype pkcs12`, then give the .p12 with --pfx');
    expect(r.stderr).not.toContain('--pfx-password-file');
  });
});
