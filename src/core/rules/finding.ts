// A finding of a rule of the table, outside `validate` (push, deploy, rotate), in the caller's language:
// the rule's id, severity and code always come from the table, so no command can say them differently.
import { asClause, type Lang } from '../i18n.js';
import { ruleById } from './table.js';
import type { Finding } from './types.js';

/** A finding of `ruleId` said as "the rule's title: detail", with the rule's fix. */
export function ruleFinding(ruleId: string, detail: string, lang: Lang): Finding {
  // A Chinese sentence takes the full-width colon; an English finding message starts lower case, as every
  // diagnostic does (validate's, push's), the rule's title being reference prose (sentence case).
  const title = rule(ruleId).title[lang];
  return ruleFindingSaid(ruleId, lang === 'zh' ? `${title}：${detail}` : `${asClause(title, lang)}: ${detail}`, lang);
}

/** A finding of `ruleId` with a whole sentence of its own, and a fix of its own when the rule's does not fit. */
export function ruleFindingSaid(ruleId: string, message: string, lang: Lang, fix?: string): Finding {
  const r = rule(ruleId);
  return { rule: r.id, severity: r.severity, code: r.code, message, fix: fix ?? r.fix[lang] };
}

function rule(ruleId: string) {
  const r = ruleById(ruleId);
  if (!r) throw new Error(`unknown rule ${ruleId}`);
  return r;
}
