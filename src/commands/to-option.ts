// An option of a command spec (OptionSpec) as commander takes it, in the user's language: its choices read in any
// case, whole numbers checked, a repeatable one collected, a second value of a single one refused.
import * as commander from 'commander';
import type { Option as OptionType } from 'commander';
import { pick, t, type Lang } from '../core/i18n.js';
import { refuseSecondValue } from './once-values.js';
import { MAX_WHOLE_NUMBER, wholeNumber } from './whole-number.js';
import { choiceOf } from './choices.js';
import { localFlags } from './help/terms.js';
import { U } from './help/usage-errors.js';
import type { OptionSpec } from './types.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}


export function toOption(spec: OptionSpec, lang: Lang): OptionType {
  const option = new commander.Option(localFlags(spec.flags, lang), pick(lang, spec.description));
  const choices = spec.choices;
  // commander's choices for --help and its error text (usage-errors.ts), read in any case (choices.ts).
  if (choices) option.choices(choices);
  const choice = (value: string): string => {
    const c = choices ? choiceOf(choices, value) : value;
    if (c === undefined) throw new commander.InvalidArgumentError(`Allowed choices are ${choices!.join(', ')}.`);
    return c;
  };
  if (choices && !spec.repeatable) option.argParser(choice);
  if (spec.repeatable) option.argParser((value: string, previous: string[] | undefined) => collect(choice(value), previous));
  if (spec.integer) {
    option.argParser((value: string) => {
      const n = wholeNumber(value);
      if (n === 'not-whole') throw new commander.InvalidArgumentError(`${t(lang, U.wholeNumber)}.`);
      if (n === 'too-large') throw new commander.InvalidArgumentError(`${t(lang, U.wholeNumberMax, { max: MAX_WHOLE_NUMBER })}.`);
      return n;
    });
  }
  if (!spec.repeatable && option.required) refuseSecondValue(option, lang);
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  if (spec.hidden) option.hideHelp();
  return option;
}

