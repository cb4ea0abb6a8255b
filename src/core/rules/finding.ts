// A finding of a rule of the table, outside `validate` (push, deploy, rotate): the rule's title, then what
// was found, and the rule's fix, in the caller's language.
import type { Lang } from '../i18n.js';
import { ruleById } from './table.js';
import type { Finding } from './types.js';

export function ruleFinding(ruleId: string, detail: string, lang: Lang): Finding {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  return { rule: rule.id, severity: rule.severity, code: rule.code, message: `${rule.title[lang]}: ${detail}`, fix: rule.fix[lang] };
}
