// The arguments of a command read without commander, when they are plain: long options from the spec (with
// `--name value` or `--name=value`), the global options, and operands. It exists for start-up speed: `scm
// explain CODE` then never loads commander (~40% of the bytes it would read). Anything else (a short flag,
// --help, `--`, an unknown or malformed option, a missing argument) returns undefined and goes to commander,
// which parses it the same way or says what is wrong. test/unit/plain-args.test.ts checks that both agree.
import type { CommandSpec, OptionSpec } from './types.js';
import { choiceOf } from './choices.js';
import { endsList } from './variadic-ends.js';
import { wholeNumber } from './whole-number.js';

export interface PlainInput {
  args: string[];
  opts: Record<string, unknown>;
}

interface Flag {
  spec: OptionSpec;
  /** commander's attribute name: --enterprise-project-id -> enterpriseProjectId; --no-color -> color. */
  key: string;
  negated: boolean;
  takesValue: boolean;
}

/** An option's long flag and how commander names and reads it (also empty-values.ts). */
export function optionParts(spec: OptionSpec): { long: string; key: string; negated: boolean; takesValue: boolean } | undefined {
  const long = /--[a-z][a-z0-9-]*/.exec(spec.flags)?.[0];
  if (!long) return undefined;
  const negated = long.startsWith('--no-');
  const key = long.slice(negated ? 5 : 2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return { long, key, negated, takesValue: /<[^>]+>/.test(spec.flags) };
}

function flagOf(spec: OptionSpec): [string, Flag] | undefined {
  const parts = optionParts(spec);
  if (!parts || spec.defaultValue !== undefined) return undefined;
  const { long, key, negated, takesValue } = parts;
  return [long, { spec, key, negated, takesValue }];
}

function value(flag: Flag, given: string, previous: unknown): unknown {
  const { spec } = flag;
  const text = spec.choices ? choiceOf(spec.choices, given) : given;
  if (text === undefined) return undefined;
  if (spec.repeatable) return [...((previous as string[] | undefined) ?? []), text];
  const n = spec.integer ? wholeNumber(text) : text;
  if (spec.integer && typeof n !== 'number') return undefined;
  // A second value that differs from the first: commander's to refuse (once-values.ts).
  return previous !== undefined && previous !== n ? undefined : n;
}

/** `argv` after the command name, read as commander would, or undefined when it is not plain. */
export function plainInput(spec: CommandSpec, globals: readonly OptionSpec[], argv: readonly string[]): PlainInput | undefined {
  const flags = new Map([...spec.options, ...globals].flatMap((o) => (flagOf(o) ? [flagOf(o)!] : [])));
  // commander's defaults: a --no-x option without a --x sets x to true.
  const opts: Record<string, unknown> = Object.fromEntries([...flags.values()].filter((f) => f.negated).map((f) => [f.key, true]));
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-' || !word.startsWith('-')) {
      args.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    const flag = flags.get(name);
    if (!flag || flag.spec.hidden) return undefined;
    if (!flag.takesValue) {
      if (eq >= 0) return undefined;
      opts[flag.key] = !flag.negated;
      continue;
    }
    const text = eq >= 0 ? word.slice(eq + 1) : argv[++i];
    if (text === undefined || (eq < 0 && text.startsWith('-') && text !== '-')) return undefined;
    const parsed = value(flag, text, opts[flag.key]);
    if (parsed === undefined) return undefined;
    opts[flag.key] = parsed;
    // An option taking several values (`--resource <resource...>`) written `--x v`, as commander reads it: every
    // word after it up to the next one that starts with '-' (a negative number aside: commander's to read).
    if (eq < 0 && flag.spec.flags.includes('...>')) {
      // A word that ends the list (variadic-ends.ts: deploy's certificate id) is an operand, as commander is given it.
      for (; i + 1 < argv.length && !(argv[i + 1]!.length > 1 && argv[i + 1]!.startsWith('-')) && !endsList(flag.spec, argv[i + 1]!); i++) {
        opts[flag.key] = value(flag, argv[i + 1]!, opts[flag.key]);
        if (opts[flag.key] === undefined) return undefined;
      }
      if (/^-\d/.test(argv[i + 1] ?? '')) return undefined;
    }
  }
  const required = spec.args.filter((a) => a.required).length;
  const variadic = spec.args.some((a) => a.variadic);
  if (args.length < required || (!variadic && args.length > spec.args.length)) return undefined;
  return { args, opts };
}

/** The root program as plain-args reads it: an optional command word and --help (-h read as --help). */
const ROOT: CommandSpec = {
  name: 'scm',
  summary: { en: '', zh: '' },
  args: [{ name: 'command', description: { en: '', zh: '' } }],
  options: [{ flags: '--help', description: { en: '', zh: '' } }],
  examples: [],
  load: () => Promise.reject(new Error('the root page is not a command')),
};

/**
 * `scm`, `scm --help`, `scm -h` or `scm help`, with plain global options: the root page, which needs no
 * commander (commands/help/overview.ts). `scm help --help` is the help command's own page: commander's.
 */
export function isOverview(globals: readonly OptionSpec[], argv: readonly string[]): boolean {
  const plain = plainInput(ROOT, globals, argv.map((word) => (word === '-h' ? '--help' : word)));
  if (!plain) return false;
  const [word, ...more] = plain.args;
  return more.length === 0 && (word === undefined || (word === 'help' && plain.opts.help !== true));
}
