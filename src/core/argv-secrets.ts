// Secrets typed on the command line. scm takes no password, SK or token as an argument (they come from the
// environment or a file), but people type them anyway: `--pfx-password=…` is what openssl and keytool take,
// and `--sk=…` is an easy guess. Such a value must never come back in an error (which ends up in CI logs),
// so the option's name decides: a name that looks like it carries a secret makes its value one, whatever it is.

/** Words in an option name that mean its value is a secret (`--pfx-password`, `--sk`, `--auth-token`, `--private-key`). */
const SECRET_WORD = /(?:^|[-_])(?:pass(?:word|wd|phrase)?|pw|pwd|secret|sk|token|credentials?|private|priv)(?:[-_]|$)|password|secret|token/i;
/** An option naming a file or a variable that holds the secret: its value is a path or a name, not the secret. */
const NOT_VALUE = /[-_](?:file|path|env|var)$/i;

/** Does the option `--name` (with its dashes) carry a secret as its value? */
export function isSecretOption(flag: string): boolean {
  const name = flag.replace(/^-+/, '');
  return name !== '' && SECRET_WORD.test(name) && !NOT_VALUE.test(name);
}

/**
 * An option word as an error may show it, its value removed whatever joins it (the option may be unknown):
 * `--name=value`, `--name:value` -> `--name`; a single dash takes its value attached (`-pSecret`, as openssl's
 * `-passin` and many tools' `-p` do) -> `-p`.
 */
export function withoutValue(word: string): string {
  if (word.startsWith('--')) return /^--[A-Za-z0-9][A-Za-z0-9-]*/.exec(word)?.[0] ?? '--';
  return word.startsWith('-') && word.length > 2 ? word.slice(0, 2) : word;
}

/**
 * The values given to secret-looking options before `--`: `--opt=value`, and `--opt value` when the next word
 * is not an option itself. These join the values every output is scrubbed of (cli.ts).
 */
export function argvSecrets(argv: readonly string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) continue;
    const eq = word.indexOf('=');
    if (!isSecretOption(eq < 0 ? word : word.slice(0, eq))) continue;
    const value = eq >= 0 ? word.slice(eq + 1) : argv[i + 1];
    if (eq < 0 && (value === undefined || value.startsWith('-'))) continue;
    if (value !== undefined && value !== '') values.push(value);
  }
  return values;
}
