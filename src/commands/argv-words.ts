// What the words of a command line name before commander reads them: the global options in front, the command
// named, and what its flags need of the words after them (program.ts builds and runs the program from this).
import { COMMANDS, GLOBAL_OPTIONS } from './registry.js';
import type { CommandSpec } from './types.js';
import { listEndsFirst } from './variadic-ends.js';

/**
 * The words of `argv` after the global options in front (`scm --lang zh upload ...` -> upload ...), and whether
 * one of those options lacks its value (`scm --lang`, `scm --lang --version`).
 */
function splitGlobals(argv: readonly string[]): { rest: readonly string[]; valueMissing: boolean } {
  let i = 0;
  let valueMissing = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    const spec = GLOBAL_OPTIONS.find((o) => o.flags.split(/[ ,]+/).includes(a.split('=')[0]!));
    if (!spec) break;
    if (/</.test(spec.flags) && !a.includes('=')) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) valueMissing = true;
    }
  }
  return { rest: argv.slice(i), valueMissing };
}

export const afterGlobals = (argv: readonly string[]): readonly string[] => splitGlobals(argv).rest;

/**
 * Only global options (`scm`, `scm --lang zh`): the user asked for nothing yet, so help is the answer. Not when
 * one lacks its value: commander then says so (exit 2), as it does after a command.
 */
export const isBareInvocation = (argv: readonly string[]): boolean => {
  const { rest, valueMissing } = splitGlobals(argv);
  return rest.length === 0 && !valueMissing;
};

export const commandNamed = (word: string | undefined): CommandSpec | undefined => COMMANDS.find((c) => c.name === word || (c.aliases ?? []).includes(word ?? ''));

/** The flags of other commands that the command named in `argv` has under another name (OptionSpec.sameAs). */
export function sameAsFlags(argv: readonly string[]): Map<string, string> {
  const spec = commandNamed(afterGlobals(argv)[0]);
  const out = new Map<string, string>();
  for (const o of spec?.options ?? []) {
    const long = /--[a-z][a-z0-9-]*/.exec(o.flags)?.[0];
    for (const other of o.sameAs ?? []) if (long) out.set(other, long);
  }
  return out;
}

/** `argv` with the words that end an option's list (deploy's id after --resource R...) where commander reads them as operands. */
export function withListEnds(argv: string[]): string[] {
  const rest = afterGlobals(argv);
  const spec = commandNamed(rest[0]);
  return spec ? [...argv.slice(0, argv.length - rest.length + 1), ...listEndsFirst(spec, rest.slice(1))] : argv;
}

