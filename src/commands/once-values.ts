// An option that takes one value, given twice with two values, is refused before the command runs (exit 2):
// read as "the last one wins", `validate --cert a.pem --cert b.pem` checked b.pem alone and `--region` set by a
// script's default and again by its caller went wherever the second said, and nothing told the user. The
// same value given twice is one value (a script passing a default along with the user's own flags).
// plain-args.ts leaves such a command line to commander, whose parser for the option (program.ts) calls this.
import type { Option as OptionType } from 'commander';
import { isSecretOption } from '../core/argv-secrets.js';
import { t, type Lang } from '../core/i18n.js';
import { UsageError } from '../errors.js';
import { REPEATED } from './shared/messages.js';

/** Makes `option` (one that takes a value, not repeatable) refuse a second value that differs from the first. */
export function refuseSecondValue(option: OptionType, lang: Lang): void {
  const parse = option.parseArg;
  const flag = option.long ?? option.flags;
  let first: { text: string; value: unknown } | undefined;
  option.argParser((text: string, previous: unknown) => {
    const value: unknown = parse ? parse(text, previous) : text;
    if (first && first.value !== value) {
      // A password file's path is often the password itself (read-bundle.ts); --sk, --token are secrets.
      const hidden = isSecretOption(flag) || /password/.test(flag);
      const message = hidden ? t(lang, REPEATED.twoHidden, { flag }) : t(lang, REPEATED.twoValues, { flag, first: first.text, second: text });
      throw new UsageError(message, { hint: flag === '--cert' ? t(lang, REPEATED.certHint) : t(lang, REPEATED.hint, { flag }) });
    }
    first ??= { text, value };
    return value;
  });
}
