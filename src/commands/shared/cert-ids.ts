// Certificate ids checked offline before anything is sent, by the rule `scm push` applies (push-id-format,
// SCM.0020): show, delete, export and notify would otherwise send `foo` and report SCM's refusal (exit 4),
// or, for delete, first look up where `foo` is deployed. A malformed argument is a usage error (exit 2).
import { asClause, quotedListOf, t, type Lang } from '../../core/i18n.js';
import { CERT_ID } from '../../core/push/index.js';
import { P } from '../../core/push/messages.js';
import { ruleById } from '../../core/rules/table.js';
import { UsageError } from '../../errors.js';
import { byNameHint } from './by-name.js';
import { ID } from './messages.js';

/** The ids, trimmed as push trims them (duplicates dropped); a UsageError naming every malformed one. */
export function certIds(args: readonly string[], lang: Lang): string[] {
  const ids = [...new Set(args.map((a) => a.trim()))];
  const bad = ids.filter((id) => !CERT_ID.test(id));
  if (bad.length === 0) return ids;
  const message = bad.length === 1
    ? t(lang, P.idFormat, { id: bad[0]! })
    : t(lang, ID.notIds, { ids: quotedListOf(lang, bad) });
  // A name given for an id (`scm show shop-2026`): how to find the id, rather than where ids come from.
  const hint = bad.map((id) => byNameHint(id, lang)).find((h) => h !== undefined) ?? asClause(ruleById('push-id-format')!.fix[lang], lang);
  throw new UsageError(t(lang, ID.nothingSent, { message }), { code: 'SCM.0020', hint });
}
