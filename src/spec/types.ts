// Command definitions as data: one source for commander, `--help`, the README tables and the shell
// completions (src/completion/), so none of them can drift from the others.

/** What a value looks like, for shell completion. */
export type Completion = 'file' | 'dir' | 'code' | 'region' | 'service' | 'shell' | 'lang' | 'none';

export interface OptionSpec {
  /** commander flags, e.g. '--cert <file>' or '-q, --quiet'. */
  flags: string;
  description: string;
  complete?: Completion;
  choices?: readonly string[];
  /** Collect every occurrence into an array. */
  repeatable?: boolean;
  defaultValue?: string | boolean;
  /** Parse the value as a non-negative integer. */
  integer?: boolean;
  hidden?: boolean;
}

export interface ArgSpec {
  name: string;
  description: string;
  variadic?: boolean;
  required?: boolean;
  complete?: Completion;
}

export interface Example {
  cmd: string;
  note: string;
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  summary: string;
  args: ArgSpec[];
  options: OptionSpec[];
  /** 2–4 real examples; every `--help` opens with them. */
  examples: Example[];
}

/** What every command module exports. Returns the exit status of a run that did not throw (0 or 1). */
export interface CommandModule {
  run(input: { args: string[]; opts: Record<string, unknown> }, ctx: import('../context.js').Ctx): Promise<number>;
}
