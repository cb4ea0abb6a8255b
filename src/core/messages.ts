// Sentences that several parts of core/ (and the adapters above it) say the same way.
import type { Messages } from './i18n.js';

/** After a name nobody knows: " (did you mean cn-north-4?)", "（是不是要输入 cn-north-4？）". */
export const SIMILAR = {
  didYouMean: { en: ' (did you mean {names}?)', zh: '（是不是要输入 {names}？）' },
} satisfies Messages;
