// A word that cannot be a value of an option taking several values ends its list (OptionSpec.endsList): in
// `scm deploy --service CDN --resource a.example.com scs1234567890123` the id is the certificate id, not a
// resource. commander's variadic options take every word up to the next option, so argv is reordered for it:
// such a word, and the plain words after it up to the next option, go right after the command word, where
// commander reads them as operands. plain-args.ts stops the list at the same word (test/unit/plain-args.test.ts).
import { GLOBAL_OPTIONS } from './shared/global-options.js';
import type { CommandSpec, OptionSpec } from './types.js';

/** A word `spec`'s list never takes after its first value. */
export const endsList = (spec: OptionSpec, word: string): boolean => spec.endsList?.test(word) === true;

const isOptionWord = (word: string): boolean => word.length > 1 && word.startsWith('-');

/** `words` (argv after the command word) with the words that end a list moved to the front, in their order. */
export function listEndsFirst(spec: CommandSpec, words: readonly string[]): readonly string[] {
  const options = [...spec.options, ...GLOBAL_OPTIONS];
  if (!spec.options.some((o) => o.endsList)) return words;
  const named = (word: string): OptionSpec | undefined => options.find((o) => o.flags.split(/[ ,]+/).includes(word));
  const moved: number[] = [];
  let list: OptionSpec | undefined;
  let ended = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (isOptionWord(word)) {
      ended = false;
      list = undefined;
      const option = word.includes('=') ? undefined : named(word);
      if (option && /<[^>]+>/.test(option.flags)) {
        i++; // its first value, whatever its shape
        if (option.flags.includes('...>')) list = option;
      }
      continue;
    }
    if (ended || (list && endsList(list, word))) {
      moved.push(i);
      ended = true;
      list = undefined;
    }
  }
  if (moved.length === 0) return words;
  return [...moved.map((i) => words[i]!), ...words.filter((_, i) => !moved.includes(i))];
}
