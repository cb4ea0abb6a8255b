// --enterprise-project-id as deploy and rotate send it with WAF resources (core/deploy/waf-project.ts decides):
// the id to send, nothing (none given, or "all", which is said), or a usage error (several).
import { wafProject } from '../../core/deploy/waf-project.js';
import { EP } from '../../core/deploy/messages.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import { UsageError } from '../../errors.js';

export function wafProjectOf(value: string | undefined, lang: Lang, say: (text: string) => void): string | undefined {
  const ep = wafProject(value);
  if (ep.kind === 'one') return ep.id;
  if (ep.kind === 'several') throw new UsageError(t(lang, EP.several, { count: ep.ids.length, ids: listOf(lang, ep.ids) }), { hint: t(lang, EP.severalHint) });
  if (ep.kind === 'all') say(t(lang, EP.all, { value: value!.trim() }));
  return undefined;
}
