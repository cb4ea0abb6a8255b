// The sentence for each prune reason and delete decision (messages.ts), in the caller's language.
import { t, type Lang } from '../i18n.js';
import type { DeleteDecision } from './delete.js';
import { unknownWhy, whereOf } from './deployment.js';
import { R } from './messages.js';
import type { PruneEntry } from './prune.js';

export function pruneReasonText(e: PruneEntry, keep: number, lang: Lang): string {
  const where = whereOf(e.deployment, lang);
  switch (e.reason) {
    case 'newest': return keep > 1 ? t(lang, R.newestOf, { keep }) : t(lang, R.newest);
    case 'latest-upload': return t(lang, R.latestUpload);
    case 'deployed': return t(lang, R.deployed, { where });
    case 'pushed-copy': return t(lang, R.pushedCopy);
    case 'deployment-unknown': {
      const why = unknownWhy(e.deployment, lang);
      return why ? t(lang, R.deploymentUnknown, { why }) : t(lang, R.deploymentUnasked);
    }
    case 'purchased': return t(lang, R.purchased);
    case 'not-expired': return t(lang, R.notExpired);
    case 'expiry-unknown': return t(lang, R.expiryUnknown);
    case 'superseded': return t(lang, R.superseded, { id: e.supersededBy ?? '' });
  }
}

export function deleteReasonText(d: DeleteDecision, lang: Lang): string {
  const where = whereOf(d.deployment, lang);
  const why = unknownWhy(d.deployment, lang);
  if (d.reason === 'not-deployed') return t(lang, R.clear);
  if (d.reason === 'not-found') return t(lang, R.notFound);
  if (d.action === 'refuse') {
    if (d.reason === 'deployed') return t(lang, R.refuseDeployed, { where });
    if (d.reason === 'pushed-copy') return t(lang, R.refusePushedCopy);
    return why ? t(lang, R.refuseUnknown, { why }) : t(lang, R.refuseUnasked);
  }
  if (d.reason === 'deployed') return t(lang, R.forcedDeployed, { where });
  if (d.reason === 'pushed-copy') return t(lang, R.forcedPushedCopy);
  return t(lang, R.forcedUnknown, { why: why || t(lang, R.unasked) });
}
