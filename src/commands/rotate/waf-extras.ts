// What a rotation sends with its WAF resources, for `scm rotate` and `scm upload --rotate` alike: --waf-type, and
// --enterprise-project-id as deploy reads it (shared/waf-project.ts): several refused here, before anything is
// sent; "all" sent as none, its note kept for the flow to say once the plan deploys to WAF (flow.ts), as it means
// nothing to a rotation of ELB or CDN resources alone.
import type { WafExtras, WafType } from '../../core/deploy/index.js';
import type { Lang } from '../../core/i18n.js';
import { wafProjectOf } from '../shared/waf-project.js';

export function wafExtrasOf(o: { wafType?: WafType; enterpriseProjectId?: string }, lang: Lang): { extras: WafExtras; wafNote?: string } {
  let wafNote: string | undefined;
  const enterpriseProjectId = wafProjectOf(o.enterpriseProjectId, lang, (text) => void (wafNote = text));
  return {
    extras: { ...(o.wafType ? { wafType: o.wafType } : {}), ...(enterpriseProjectId ? { enterpriseProjectId } : {}) },
    ...(wafNote !== undefined ? { wafNote } : {}),
  };
}
