// An empty value is refused before a command runs (exit 2): in scripts it is an unset variable
// (`scm check "$DIR" --expect "$NEW_ID"`), and read as "nothing asked" it passed checks it should have
// failed: `check ""` checked the working folder, `--expect ""` compared with nothing, `deploy --resource ""`
// deployed to nothing and exited 0. No option of scm means anything by an empty value (passwords are read
// from the environment or a file, never from argv).
import { t, type Lang } from '../core/i18n.js';
import { UsageError } from '../errors.js';
import { optionParts } from './plain-args.js';
import { EMPTY } from './shared/messages.js';
import type { ArgSpec, CommandSpec, OptionSpec } from './types.js';

export type Empty = { arg: ArgSpec } | { flag: string };

/** '' or only white space (`--resource ' '` deployed to nothing as '' did): never a value scm can use. */
const blank = (v: unknown): boolean => (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.some(blank));

/** The first operand or option whose value is empty or blank (also one of a repeated option), if any. */
export function emptyValue(spec: CommandSpec, globals: readonly OptionSpec[], input: { args: readonly unknown[]; opts: Record<string, unknown> }): Empty | undefined {
  const at = input.args.findIndex(blank);
  if (at >= 0 && spec.args.length > 0) return { arg: spec.args[Math.min(at, spec.args.length - 1)]! };
  for (const option of [...spec.options, ...globals]) {
    const parts = optionParts(option);
    if (parts?.takesValue && blank(input.opts[parts.key])) return { flag: parts.long };
  }
  return undefined;
}

/** Throws the usage error for an empty value, the operand named as usage lines name it (`TARGET`, `目标`). */
export async function refuseEmpty(spec: CommandSpec, globals: readonly OptionSpec[], input: { args: readonly unknown[]; opts: Record<string, unknown> }, lang: Lang): Promise<void> {
  const empty = emptyValue(spec, globals, input);
  if (!empty) return;
  if ('flag' in empty) throw new UsageError(t(lang, EMPTY.option, { flag: empty.flag }), { hint: t(lang, EMPTY.hint) });
  // Loaded only here: the placeholders are help text, which a run that goes on never needs.
  const { argTerm } = await import('./help/terms.js');
  const files = empty.arg.complete === 'file' || empty.arg.complete === 'dir';
  throw new UsageError(t(lang, EMPTY.operand, { name: argTerm({ ...empty.arg, variadic: false }, lang, true) }), { hint: t(lang, files ? EMPTY.fileHint : EMPTY.operandHint) });
}
