// `scm delete --force` when ListDeployedResources itself fails: still no delete (a certificate whose use is
// unknown is never deleted), and the failure's hint first says why --force did not help: it deletes past an
// answer that cannot tell (is_error, resources counted but not listed), but it needs an answer.
import { t, type Lang } from '../../core/i18n.js';
import { InterruptedError, ScmCliError, withHint } from '../../errors.js';
import { M } from './messages.js';

/** The lookup's failure as delete throws it: with --force, its hint says that --force needs the lookup. */
export function lookupFailed(e: unknown, o: { force: boolean; lang: Lang }): unknown {
  if (!o.force || !(e instanceof ScmCliError) || e instanceof InterruptedError) return e;
  const note = t(o.lang, M.forceNeedsLookup);
  return withHint(e, e.hint ? `${note}${o.lang === 'zh' ? '；' : '; '}${e.hint}` : note);
}
