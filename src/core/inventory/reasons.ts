// The sentence for each prune reason and delete decision (messages.ts), in the caller's language.
import { t, type Lang } from '../i18n.js';
import type { DeleteDecision } from './delete.js';
import { whereOf } from './deployment.js';
import { R } from './messages.js';
import type { PruneEntry } from './prune.js';

export function pruneReasonText(e: PruneEntry, keep: number, lang: Lang): string {
  const where = whereOf(e.deployment, lang);
  switch (e.reason) {
    case 'newest': return keep > 1 ? t(lang, R.newestOf, { keep }) : t(lang, R.newest);
    case 'deployed': return t(lang, R.deployed, { where });
    case 'deployment-unknown': return where ? t(lang, R.deploymentUnknown, { where }) : t(lang, R.deploymentUnasked);
    case 'purchased': return t(lang, R.purchased);
    case 'not-expired': return t(lang, R.notExpired);
    case 'expiry-unknown': return t(lang, R.expiryUnknown);
    case 'superseded': return t(lang, R.superseded, { id: e.supersededBy ?? '' });
  }
}

export function deleteReasonText(d: DeleteDecision, lang: Lang): string {
  const where = whereOf(d.deployment, lang);
  if (d.reason === 'not-deployed') return t(lang, R.clear);
  if (d.action === 'refuse') {
    if (d.reason === 'deployed') return t(lang, R.refuseDeployed, { where });
    return where ? t(lang, R.refuseUnknown, { where }) : t(lang, R.refuseUnasked);
  }
  return d.reason === 'deployed' ? t(lang, R.forcedDeployed, { where }) : t(lang, R.forcedUnknown, { where: where || '?' });
}
