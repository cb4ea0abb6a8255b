// A hint that gives a command to paste quotes the paths in it for a POSIX shell (core/shell-word.ts), so that a
// folder named "my certs'" or "it's my $cfg" pastes as-is: the printed command, run with `sh -c`, does what it
// says (the chmod fixes the mode, the validate validates that folder), in English and Chinese. Without the
// quoting the pasted line was an unterminated quote, or ran on another path.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { BIN, runCli } from '../helpers/run-cli.js';

let root: string;
const CFG = (): string => join(root, "it's my $cfg");
const FILE = (): string => join(CFG(), 'scm', 'config.yaml');
const ENV = (): Record<string, string> => ({ HOME: root, XDG_CONFIG_HOME: CFG() });
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-hint-quote-'));
  mkdirSync(join(CFG(), 'scm'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The command in a hint: after "run: " in English, between backticks in Chinese. */
const commandIn = (text: string, lang: 'en' | 'zh'): string => {
  const m = lang === 'en' ? /(?:run: |`)((?:chmod|scm) [^`\n]*?)(?:`|\n|$)/.exec(text) : /`((?:chmod|scm) [^\n]*?)`(?:[^`']|$)/.exec(text);
  if (!m) throw new Error(`no command in: ${text}`);
  return m[1]!;
};

/** Runs a pasted command with sh, with `scm` being the built binary. */
const paste = (command: string, cwd: string): { code: number; out: string } => {
  try {
    const out = execFileSync('sh', ['-c', `scm() { "${process.execPath}" "${BIN}" "$@"; }; ${command}`], { cwd, env: { ...process.env, ...ENV() }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const x = e as { status: number; stdout: string };
    return { code: x.status, out: x.stdout };
  }
};

describe('chmod hints of config files', () => {
  it.each(['en', 'zh'] as const)('%s: the refused user file\'s chmod go-w, pasted, makes it usable', async (lang) => {
    writeFileSync(FILE(), 'region: cn-north-4\n');
    chmodSync(FILE(), 0o666);
    const r = await runCli(['config', '--lang', lang], { cwd: root, env: ENV() });
    expect(r.code).toBe(2);
    const command = commandIn(r.stderr, lang);
    expect(command).toBe(`chmod go-w '${FILE().replace(/'/g, `'\\''`)}'`);
    expect(paste(command, root).code).toBe(0);
    expect(statSync(FILE()).mode & 0o777).toBe(0o644);
    expect((await runCli(['config'], { cwd: root, env: ENV() })).code).toBe(0);
  });

  it.each(['en', 'zh'] as const)('%s: the secret-file warning\'s chmod 600, pasted, makes it private', async (lang) => {
    writeFileSync(FILE(), 'ak: SCMEMULATORDEMOAK000\nsk: not-a-real-secret\n');
    chmodSync(FILE(), 0o644);
    const r = await runCli(['config', '--lang', lang], { cwd: root, env: ENV() });
    expect(paste(commandIn(r.stderr, lang), root).code).toBe(0);
    expect(statSync(FILE()).mode & 0o777).toBe(0o600);
  });
});

describeFixtures('scm validate hints that name a folder', () => {
  it.each(['en', 'zh'] as const)('%s: the folder below a CA download, pasted, validates that folder', async (lang) => {
    const top = join(root, `dl-${lang}`, "my certs'");
    cpSync(fixture('bundles/ec-ok'), join(top, 'nginx $x'), { recursive: true });
    const r = await runCli(['validate', "my certs'", '--lang', lang], { cwd: join(root, `dl-${lang}`), env: ENV() });
    expect(r.code).toBe(2);
    const command = commandIn(r.stderr, lang);
    expect(command).toBe(`scm validate 'my certs'\\''/nginx $x'`);
    const pasted = paste(`${command} --json`, join(root, `dl-${lang}`));
    expect(pasted.code).toBe(0);
    expect(JSON.parse(pasted.out)).toMatchObject({ path: "my certs'/nginx $x", valid: true });
  });

  it.each(['en', 'zh'] as const)('%s: a folder given as --cert: the hint, pasted, validates it as a bundle', async (lang) => {
    const dir = join(root, `cert-${lang}`);
    cpSync(fixture('bundles/ec-ok'), join(dir, "it's; here"), { recursive: true });
    const r = await runCli(['validate', '--cert', "it's; here", '--lang', lang], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    const command = commandIn(r.stderr, lang);
    expect(command).toBe(`scm validate 'it'\\''s; here'`);
    const pasted = paste(`${command} --json`, dir);
    expect(pasted.code).toBe(0);
    expect(JSON.parse(pasted.out)).toMatchObject({ path: "it's; here", valid: true });
  });
});

// Base64 of a PEM file (kubectl's jsonpath without `| base64 -d`) and a Traefik acme.json: the decode command,
// pasted, writes the PEM that then validates, whatever the file is called; from standard input, FILE stands in.
describeFixtures('scm validate hints that decode base64 of a PEM file', () => {
  const decodeIn = (text: string): string => {
    const m = /`((?:base64 -d|jq -r) [^`\n]*)`/.exec(text);
    if (!m) throw new Error(`no decode command in: ${text}`);
    return m[1]!;
  };

  it.each(['en', 'zh'] as const)('%s: the certificate and the key, pasted, decode to files that validate', async (lang) => {
    const dir = join(root, `b64-${lang}`);
    mkdirSync(dir, { recursive: true });
    cpSync(fixture('cases/variants/fullchain.crt.b64'), join(dir, "it's $x.crt.b64"));
    cpSync(fixture('cases/variants/rsa.key.b64'), join(dir, 'my key.b64'));
    const r = await runCli(['validate', '--cert', "it's $x.crt.b64", '--key', 'my key.b64', '--json', '--lang', lang], { cwd: dir, env: ENV() });
    expect(r.code).toBe(1);
    const [cert, key] = (JSON.parse(r.stdout) as { findings: Array<{ message: string }> }).findings.map((x) => decodeIn(x.message));
    expect(cert).toBe(`base64 -d 'it'\\''s $x.crt.b64' > 'it'\\''s $x.crt'`);
    expect(key).toBe(`base64 -d 'my key.b64' > 'my key'`);
    expect(paste(`${cert!} && ${key!}`, dir).code).toBe(0);
    const v = await runCli(['validate', '--cert', "it's $x.crt", '--key', 'my key', '--json'], { cwd: dir, env: ENV() });
    expect(JSON.parse(v.stdout)).toMatchObject({ valid: true });
  });

  it.each(['en', 'zh'] as const)('%s: from standard input the command names a FILE to save it to, not "standard input"', async (lang) => {
    const r = await runCli(['validate', '--cert', '-', '--json', '--lang', lang], { cwd: root, env: ENV(), input: readFileSync(fixture('cases/variants/fullchain.crt.b64')) });
    const message = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; message: string }> }).findings.find((x) => x.rule === 'cert-unparsable')!.message;
    expect(decodeIn(message)).toBe(lang === 'en' ? 'base64 -d FILE > decoded.pem' : 'base64 -d 文件 > decoded.pem');
  });

  it.each(['en', 'zh'] as const)('%s: the jq command for an acme.json, pasted, extracts a certificate that validates', async (lang) => {
    const dir = join(root, `acme-${lang}`, "traefik's $data");
    mkdirSync(dir, { recursive: true });
    cpSync(fixture('cases/traefik/acme.json'), join(dir, 'acme.json'));
    const r = await runCli(['validate', "traefik's $data/acme.json", '--lang', lang], { cwd: join(root, `acme-${lang}`), env: ENV() });
    expect(r.code).toBe(2);
    const command = decodeIn(r.stderr);
    expect(command).toContain(`.certificate' 'traefik'\\''s $data/acme.json' | base64 -d > cert.pem`);
    expect(paste(command, join(root, `acme-${lang}`)).code).toBe(0);
    const v = await runCli(['validate', '--cert', 'cert.pem', '--json'], { cwd: join(root, `acme-${lang}`), env: ENV() });
    expect(JSON.parse(v.stdout).findings.filter((x: { level: string }) => x.level === 'error').map((x: { rule: string }) => x.rule)).not.toContain('cert-unparsable');
  });
});
