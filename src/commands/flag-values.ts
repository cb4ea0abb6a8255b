// An option's value left out (`--name "$NAME" --dry-run` with NAME empty): commander takes the next word for the
// value, so the flag after it was lost, and with it what it asked: `upload --name --dry-run` uploaded a
// certificate named "--dry-run" for real. A value that is one of the command's own options (or a global one),
// given as the next word, is refused before anything runs (exit 2); `--name=--dry-run` is a value as written.
import { t, type Lang } from '../core/i18n.js';
import { UsageError } from '../errors.js';
import { FLAG_VALUE } from './shared/messages.js';
import type { CommandSpec, OptionSpec } from './types.js';

const wordsOf = (o: OptionSpec): string[] => o.flags.split(/[ ,]+/).filter((w) => w.startsWith('-'));

/** `argv`: the words after the command's name. */
export function refuseFlagAsValue(spec: CommandSpec, globals: readonly OptionSpec[], argv: readonly string[], lang: Lang): void {
  const options = [...spec.options, ...globals];
  const known = new Set(['--help', '-h', ...options.flatMap(wordsOf)]);
  for (let i = 0; i < argv.length - 1; i++) {
    const word = argv[i]!;
    if (word === '--') return;
    const option = options.find((o) => wordsOf(o).includes(word));
    // Only an option whose value is required (`<value>`): commander takes the next word for it, whatever it is.
    if (!option || !/<[^>]+>/.test(option.flags)) continue;
    const next = argv[i + 1]!;
    if (known.has(next.split('=')[0]!)) throw new UsageError(t(lang, FLAG_VALUE.missing, { flag: word, next }), { hint: t(lang, FLAG_VALUE.hint, { flag: word }) });
    i++;
  }
}
