// Secrets typed on the command line (src/core/argv-secrets.ts, used by cli.ts and the usage-error wording):
// an option whose name says it carries a secret makes its value one; `--opt=value` loses its value in errors.
import { describe, expect, it } from 'vitest';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import { argvSecrets, isSecretOption, withoutValue } from '../../src/core/argv-secrets.js';

describe('isSecretOption', () => {
  it('knows the names people type secrets under', () => {
    for (const f of ['--pfx-password', '--pfxpassword', '--password', '--pass', '--passphrase', '--sk', '--secret-key', '--secret', '--token', '--auth-token', '--private-key', '--pw']) expect(isSecretOption(f), f).toBe(true);
  });

  it('leaves names whose value is a path, a variable name or nothing secret', () => {
    for (const f of ['--pfx-password-file', '--token-file', '--key', '--cert', '--region', '--ak', '--skip', '--task', '--passive']) expect(isSecretOption(f), f).toBe(false);
  });

  it('takes none of scm’s own options but the emulator’s --sk and --token', () => {
    const flags = new Set<string>();
    for (const o of [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]) for (const f of o.flags.match(/--[a-z0-9-]+/g) ?? []) flags.add(f);
    expect([...flags].filter(isSecretOption).sort()).toEqual(['--sk', '--token']);
  });
});

describe('argvSecrets', () => {
  it('collects --opt=value and --opt value of secret options, before -- only', () => {
    expect(argvSecrets(['validate', '--pfx', 'site.pfx', '--pfx-password=pw12', '--sk', 'SeCrEt', '--token', '--json', '--', '--password=after'])).toEqual(['pw12', 'SeCrEt']);
  });

  it('never takes a path given to a *-file option', () => {
    expect(argvSecrets(['--pfx-password-file', 'pw.txt', '--key', 'leaf.key'])).toEqual([]);
  });
});

describe('withoutValue', () => {
  it('drops the value of --opt=value, keeps everything else', () => {
    expect(withoutValue('--pfx-password=Sup3rPfxPw!')).toBe('--pfx-password');
    expect(withoutValue('--frobnicate')).toBe('--frobnicate');
  });

  it('drops a value however it is joined: a colon, or attached to a single-dash option (-pSecret, -passin=...)', () => {
    expect(withoutValue('--pfx-password:Sup3r')).toBe('--pfx-password');
    expect(withoutValue('-pSup3rPfxPw!')).toBe('-p');
    expect(withoutValue('-passin=pass:Sup3r')).toBe('-p');
    expect(withoutValue('-x=1')).toBe('-x');
    expect(withoutValue('-q')).toBe('-q');
    expect(withoutValue('-')).toBe('-');
  });
});

describe('usage errors never quote a secret typed on the command line', () => {
  it('says an unknown --opt=value without its value, even one with quotes and line breaks, in both languages', async () => {
    const { localizeUsageError, usageErrorHint } = await import('../../src/commands/help/usage-errors.js');
    expect(localizeUsageError("error: unknown option '--pfx-password=Sup3rPfxPw!'\n", 'en')).toBe("unknown option '--pfx-password'");
    expect(localizeUsageError("error: unknown option '--pfx-password=a'b\nc2'\n", 'zh')).toBe('未知选项“--pfx-password”');
    expect(localizeUsageError("error: unknown option '--frobnicate=pw12'\n(Did you mean --force?)\n", 'en')).toBe("unknown option '--frobnicate' (did you mean --force?)");
    expect(usageErrorHint("error: unknown option '--pfx-password=pw'", 'en')).toMatch(/^scm never takes a PKCS#12 password on the command line: set SCM_PFX_PASSWORD/);
    expect(usageErrorHint("error: unknown option '--sk=pw'", 'zh')).toMatch(/^scm 从不在命令行上接收凭证/);
    expect(usageErrorHint("error: unknown option '--frobnicate'", 'en')).toBeUndefined();
  });

  it('never quotes the value given to a secret option commander refused', async () => {
    const { localizeUsageError } = await import('../../src/commands/help/usage-errors.js');
    expect(localizeUsageError("error: option '--sk <sk>' argument 'pw12' is invalid. expected a whole number.", 'en')).toBe("option '--sk <sk>' does not accept '[redacted]': expected a whole number");
  });
});

describe('pfxPassword', () => {
  it('names the option, never the path, when the password file cannot be read (the path may be the password)', async () => {
    const { pfxPassword } = await import('../../src/io/pfx-password.js');
    for (const lang of ['en', 'zh'] as const) {
      const e = (await pfxPassword('pw1!', undefined, { cwd: '/nonexistent', stdin: process.stdin, lang }).catch((x: unknown) => x)) as Error & { path?: string };
      expect(e.message).toBe(lang === 'en' ? 'cannot read the file given to --pfx-password-file: no such file' : '无法读取 --pfx-password-file 指定的文件：文件不存在');
      expect(JSON.stringify(e)).not.toContain('pw1!');
      expect(e.path).toBeUndefined();
    }
  });
});
