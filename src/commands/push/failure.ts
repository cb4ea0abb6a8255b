// How a push plan that did not fully work ends: exit 4 when some targets got the certificate and others did
// not (the rows are already on stdout), whatever stopped the rest, as issue #10 asks of a partial batch (rotate and
// deploy take a failed request's own code there); when none did, the exit code of what stopped
// it (3, 4 or 5). Targets
// whose push was sent without a word back (pending), or where SCM cannot tell whether the certificate is there
// already (unknown: not pushed), are never offered for a push: exit 5 when only they failed (SCM rejected
// nothing), and the hint says to look first.
import type { PushOutcome } from '../../api/push.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import { ExitCode, ScmCliError } from '../../errors.js';
import { withHookFinish } from '../shared/hook-finish.js';
import { M } from './messages.js';

/** The push commands that send to the failed targets only (one per service); never to a pending one. */
function rest(outcomes: readonly PushOutcome[]): string {
  return outcomes.flatMap((o) => {
    const failed = o.rows.filter((r) => !r.ok && !r.pending && !r.unknown).map((r) => r.project);
    if (failed.length === 0) return [];
    const projects = failed.filter((p) => p !== '');
    return [`scm push ${o.id} --service ${o.service}${projects.length > 0 ? ` --project ${projects.join(',')}` : ''}`];
  }).join('; ');
}

/** `upload`: the certificate's id, and whether this run imported it (else SCM held it already: not "uploaded"). */
export interface Uploaded {
  id: string;
  changed: boolean;
  /** Under a renewal hook: the command that finishes by hand (shared/hook-finish.ts), for a failure whose hint names none. */
  finish?: string;
}

export function pushFailure(outcomes: readonly PushOutcome[], lang: Lang, uploaded?: Uploaded): ScmCliError | undefined {
  const rows = outcomes.flatMap((o) => o.rows.map((r) => ({ ...r, service: o.service })));
  const failed = rows.filter((r) => !r.ok);
  if (failed.length === 0) return undefined;
  // Pushes to several services (upload --push WAF:... --push ELB:...) name the service too: cn-north-4 alone is ambiguous.
  const services = new Set(rows.map((r) => r.service)).size;
  const target = (r: (typeof rows)[number]): string => (services > 1 && r.project ? `${r.service} ${r.project}` : r.project || r.service);
  const list = listOf(lang, failed.map((r) => t(lang, M.failedTarget, { target: target(r), why: r.message })));
  const params = { failed: failed.length, count: rows.length, list, id: uploaded?.id ?? '' };
  const message = t(lang, uploaded ? (uploaded.changed ? M.uploadedButFailed : M.heldButFailed) : M.failedFor, params);
  const partial = failed.length < rows.length;
  const cause = outcomes.find((o) => o.error)?.error;
  const open = failed.filter((r) => r.pending || r.unknown);
  // Sent and SCM did not say, or SCM cannot tell whether it is there: pushing there (again) could make a second
  // copy, so the hint says look first.
  if (open.length > 0 && (partial || !cause)) {
    const firm = failed.length - open.length;
    const ids = [...new Set(outcomes.filter((o) => o.rows.some((r) => !r.ok && (r.pending || r.unknown))).map((o) => o.id))];
    const again = firm > 0 ? t(lang, M.pendingAgain, { command: rest(outcomes) }) : '';
    const hint = open.some((r) => r.pending) ? M.pendingHint : M.unknownHint;
    return new ScmCliError(message, firm > 0 ? ExitCode.API : ExitCode.NETWORK, { hint: t(lang, hint, { id: ids.join(' '), again }) });
  }
  if (partial || !cause) return new ScmCliError(message, ExitCode.API, { hint: partial ? t(lang, M.partialHint, { command: rest(outcomes) }) : t(lang, M.checkProjectsHint) });
  // Nothing was pushed: the failure that stopped it is the error (credentials refused 3, rejected 4, network 5).
  return uploaded?.finish ? (withHookFinish(cause, uploaded.finish, lang) as ScmCliError) : cause;
}
