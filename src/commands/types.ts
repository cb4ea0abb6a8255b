// Command definitions as data: one source for commander, `--help`, the README tables and the shell
// completions (src/commands/completion/) and the man page, so none of them can drift from the others. Words a
// person reads are a Text: English and Chinese, always both.
import type { Text } from '../core/i18n.js';

/** What `--help` shows, in both languages. */
export type Words = Text;

/**
 * What a value looks like, for shell completion. `site`: the SCM sites `--region` takes; `region`: the regions
 * (projects) a push goes to; `status`: the HTTP statuses of the error catalogue.
 */
export type Completion = 'file' | 'dir' | 'code' | 'site' | 'region' | 'service' | 'shell' | 'lang' | 'status' | 'none';

export interface OptionSpec {
  /** commander flags, e.g. '--cert <file>' or '-q, --quiet'. */
  flags: string;
  description: Words;
  complete?: Completion;
  choices?: readonly string[];
  /** Collect every occurrence into an array. */
  repeatable?: boolean;
  defaultValue?: string | boolean;
  /** Parse the value as a non-negative integer. */
  integer?: boolean;
  /**
   * The value is a host name (one trailing dot allowed); anything else is refused before the run. `true`: a name as
   * certificates and --domain name it (a wildcard or an IP address too); 'sni': one host to send as TLS SNI (no
   * wildcard, no IP address: RFC 6066, section 3).
   */
  host?: true | 'sni';
  hidden?: boolean;
  /**
   * For an option taking several values (`--resource <resource...>`): a word this matches, after the first value,
   * ends the list and is an operand (the certificate id after deploy's resources). variadic-ends.ts.
   */
  endsList?: RegExp;
  /** Another command's flag for the same thing (`--within` of check for list's --expiring): typed here, it is suggested. */
  sameAs?: readonly string[];
}

export interface ArgSpec {
  name: string;
  description: Words;
  /** The only values it takes, offered by completion. */
  choices?: readonly string[];
  variadic?: boolean;
  required?: boolean;
  complete?: Completion;
}

export interface Example {
  cmd: string;
  note: Words;
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  summary: Words;
  args: ArgSpec[];
  options: OptionSpec[];
  /** 2–4 real examples; every `--help` opens with them. */
  examples: Example[];
  /** Loads the command's run module (./run.ts) when, and only when, the command runs. */
  load: () => Promise<CommandModule>;
}

/** What every command module exports. Returns the exit status of a run that did not throw (0 or 1). */
export interface CommandModule {
  run(input: { args: string[]; opts: Record<string, unknown> }, ctx: import('../context.js').Ctx): Promise<number>;
}
