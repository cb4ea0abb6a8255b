// A refused emulator input (a fault, a seed, a state file): an Error whose message is English (the admin API
// answers with it) that also carries its message and parameters, for `scm emulator` to say in the user's language.
import { t, type Lang, type Message, type Params } from '../core/i18n.js';

export class Problem extends Error {
  /** `prefix`: before the English message only ("seed: "), where the admin API's answer needs saying what it is about. */
  constructor(readonly text: Message, readonly params: Params = {}, prefix = '') {
    super(prefix + t('en', text, params));
  }
}

/** Why `e` happened, in `lang` when it is a Problem, else as it was said. */
export const reasonIn = (lang: Lang, e: unknown): string => (e instanceof Problem ? t(lang, e.text, e.params) : e instanceof Error ? e.message : String(e));
