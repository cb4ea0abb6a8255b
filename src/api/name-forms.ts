// An internationalised name is listed by SCM in one form or the other (münchen.example or
// xn--mnchen-3ya.example), and its keyword search matches text: upload's look-up (find.ts) and
// `scm list --search` (list-ends.ts) ask for both forms.
import { domainToUnicode } from 'node:url';
import { hostForm } from '../core/validate/host-form.js';

/** An internationalised name's other form: punycode for Unicode, Unicode for punycode; none for a plain name. */
export function otherForm(name: string): string[] {
  const ascii = hostForm(name);
  if (ascii !== name.toLowerCase()) return [ascii];
  if (!/(^|\.)xn--/i.test(ascii)) return [];
  const unicode = domainToUnicode(ascii);
  return unicode && unicode !== ascii ? [unicode] : [];
}

/**
 * The other form of a search text, only when it is internationalised (non-ASCII, or an `xn--` label): a plain
 * text is searched as given, never again trimmed or in lower case (the service's search is its own).
 */
export function otherSearch(text: string): string | undefined {
  if (!/[^\x00-\x7f]|(^|\.)xn--/i.test(text.trim())) return undefined;
  const [other] = otherForm(text.trim());
  return other !== undefined && other !== text ? other : undefined;
}
