// A key as a person reads it ("RSA 2048", "EC P-256"). The summary's `key` stays English (the JSON never changes
// with the language); only the words for a key type or curve Node does not name need saying in Chinese.
import { t, type Lang } from '../i18n.js';
import { M } from './messages.js';
import { UNKNOWN_CURVE, UNKNOWN_KEY } from './model.js';

export function keyText(text: string, lang: Lang): string {
  if (text === UNKNOWN_KEY) return t(lang, M.keyNameUnknown);
  return text === `EC ${UNKNOWN_CURVE}` ? `EC ${t(lang, M.curveNameUnknown)}` : text;
}
