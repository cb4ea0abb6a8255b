// Credentials and ids that travel in HTTP headers (the AK in Authorization, X-Auth-Token, X-Security-Token,
// X-Project-Id, X-Domain-Id) must be text a header can carry. A token copied from a wrapped terminal or a web
// page can bring a line break or an invisible character (a zero-width space) along; Node then refuses the
// request before sending it (ERR_INVALID_CHAR), which scm took for a failed connection: retried, exit 5, "check
// the network and any proxy", and after an import "the import may have succeeded". Refused here instead, before
// anything is sent (exit 3, as other unusable credentials), naming where the value came from, never the value.
import type { Auth } from '../api/types.js';
import { t, type Lang } from '../core/i18n.js';
import { CredentialsError } from '../errors.js';
import { M } from './messages.js';
import { describeSource, type SettingKey, type Source } from './sources.js';

/** What Node's http and undici refuse in a header value: a control character other than tab, or one past U+00FF. */
const NOT_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/u;

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The character as a person can tell it: a line break, a control character, or its code point. */
function described(c: number, lang: Lang): string {
  if (c === 0x0a || c === 0x0d) return t(lang, M.headerLineBreak);
  if (c < 0x20 || c === 0x7f) return t(lang, M.headerControl, { code: hex(c) });
  if (c === 0x200b || c === 0xfeff) return t(lang, c === 0x200b ? M.headerZeroWidth : M.headerBom, { code: hex(c) });
  return hex(c);
}

/** Throws a CredentialsError (exit 3) for the first value of `auth` a header cannot carry, naming its source. */
export function checkHeaderValues(auth: Auth | undefined, sources: Partial<Record<SettingKey, Source>>, lang: Lang): void {
  if (!auth) return;
  const values: Array<[SettingKey, string | undefined]> =
    auth.kind === 'token'
      ? [['authToken', auth.token], ['projectId', auth.projectId]]
      : [['ak', auth.ak], ['securityToken', auth.securityToken], ['projectId', auth.projectId], ['domainId', auth.domainId]];
  for (const [key, value] of values) {
    const found = value === undefined ? null : NOT_IN_HEADER.exec(value);
    if (!found || value === undefined) continue;
    const source = sources[key];
    const name = source ? describeSource(source, lang) : key;
    const at = [...value.slice(0, found.index)].length + 1;
    throw new CredentialsError(t(lang, M.notHeaderText, { name, at, what: described(found[0].codePointAt(0)!, lang) }), { hint: t(lang, M.notHeaderTextHint) });
  }
}
