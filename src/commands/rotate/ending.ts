// How a rotation ends when a deployment failed or the check after the deployments did, once its rows are
// printed: the error (its exit code) and the hint, by cause. A request failure before SCM accepted anything is
// that failure itself; one after SCM accepted some resources, with the check failing too, says both (what failed,
// what was accepted unverified) and that the same command again finishes; a resource refused is exit 4; the check
// failing alone says what was done and kept; a lost answer the check confirmed, which stopped later requests, is
// that request's failure. Under a renewal hook each hint names the command to run by hand. After the clean-up:
// the expiry e-mails that could not be turned off, or a rotation SCM cannot confirm whole (exit 1).
import { firstLine } from '../../api/client.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import type { DeleteResult } from '../../api/delete.js';
import { unknownText, type CleanupEntry, type RotationPlan, type Verification } from '../../core/rotate/index.js';
import { ExitCode, NegativeResult, NetworkError, ScmCliError } from '../../errors.js';
import { withHookFinish } from '../shared/hook-finish.js';
import { incompleteHint } from './cleanup.js';
import { M } from './messages.js';
import { rowMessage } from './render.js';

export interface Ending {
  verification: Verification;
  /** Resources the plan moves. */
  count: number;
  newId: string;
  /** Requests SCM accepted (deployed, or pushed to CDN), whatever the check after them said. */
  accepted: number;
  /** The deploy or push request that failed (a timeout, a 5xx after the retries, credentials). */
  requestError?: unknown;
  /** The ListDeployedResources after the deployments, when it failed. */
  afterError?: unknown;
  /** Under a renewal hook: the command that finishes the rotation by hand. */
  rerun?: (newId: string) => string;
}

/** The error to throw, or undefined when no deployment failed and the check answered. */
export function deploymentEnding(e: Ending, lang: Lang): unknown {
  const { verification, count, newId, requestError, afterError } = e;
  const cmd = e.rerun?.(newId);
  if (verification.status === 'failed') {
    const failed = verification.rows.filter((x) => x.result === 'failed');
    const list = listOf(lang, failed.map((x) => t(lang, M.listItem, { service: x.service, region: x.region, resource: x.resourceId, message: rowMessage(x, newId, lang) })));
    // Nothing SCM accepted, and a request failure is why: its own exit code (credentials 3, network 5). What SCM
    // accepted is no "deployed" row when the check after it failed: counted from what the requests came to.
    if (requestError && e.accepted === 0) return hookRequestError(requestError, cmd, lang);
    // Some accepted, not verified, some failed: both said, and that the same command again finishes; exits as
    // the request failure when there is one (it also kept the check from answering), else 4.
    if (afterError) {
      const cause = requestError instanceof ScmCliError ? requestError : undefined;
      const unverified = verification.rows.filter((x) => x.reason === 'not-checked').length;
      return new ScmCliError(t(lang, M.failedUnverified, { failed: failed.length, count, list, new: newId, accepted: unverified, why: firstLine(afterError) }), requestError ? cause?.exitCode ?? ExitCode.NETWORK : ExitCode.API, {
        cause: requestError ?? afterError, hint: cmd ? t(lang, M.failedUnverifiedHintHook, { cmd }) : t(lang, M.failedUnverifiedHint), ...(cause?.code ? { code: cause.code } : {}),
      });
    }
    // Credentials refused (401/403: exit 3) or a service/network failure (5xx after the retries, outcome unknown:
    // exit 5) for one of the requests exits so whatever else was deployed (the contract's table): what a script
    // must fix is the permission, or wait and rerun, not a resource.
    const cause = requestError instanceof ScmCliError && (requestError.exitCode === ExitCode.AUTH || requestError.exitCode === ExitCode.NETWORK) ? requestError : undefined;
    return new ScmCliError(t(lang, M.failed, { failed: failed.length, count, list }), cause?.exitCode ?? ExitCode.API, {
      hint: cmd ? t(lang, M.failedHintHook, { cmd }) : t(lang, M.failedHint), ...(cause?.code ? { code: cause.code } : {}),
    });
  }
  // A request whose answer was lost stopped the ones after it, and the check then confirmed its own resources: not
  // done, and that failure is why (its exit code; its hint: the same command again deploys only what is left).
  if (requestError && verification.rows.some((x) => x.reason === 'not-sent')) return hookRequestError(requestError, cmd, lang);
  // The check failed, nothing else did: what was done, what was kept, and that a rerun finishes; exits as its cause.
  if (afterError) {
    const deployed = verification.rows.filter((x) => x.reason === 'not-checked').length;
    const cause = afterError instanceof ScmCliError ? afterError : undefined;
    return new ScmCliError(t(lang, M.verifyFailed, { new: newId, deployed, count, why: firstLine(afterError) }), cause?.exitCode ?? ExitCode.NETWORK, {
      cause: afterError, hint: cmd ? t(lang, M.verifyFailedHintHook, { cmd }) : t(lang, M.verifyFailedHint), ...(cause?.code ? { code: cause.code } : {}),
    });
  }
  return undefined;
}

/**
 * Under a hook, a request failure's hint names the command to run by hand: a network failure's "run the same
 * command again in a minute" becomes it, and a refusal (credentials: a user allowed to import but not to deploy;
 * SCM's own) keeps its hint with it after, as before the deployments: the hook is not run again for this one.
 */
function hookRequestError(e: unknown, cmd: string | undefined, lang: Lang): unknown {
  if (!cmd) return e;
  if (!(e instanceof NetworkError)) return withHookFinish(e, cmd, lang);
  return new NetworkError(e.message, { cause: e, hint: t(lang, M.networkHintHook, { cmd }), ...(e.code ? { code: e.code } : {}) });
}

export interface CleanupEnd {
  verification: Verification;
  newId: string;
  /** The request that turns the expiry e-mails off, when it failed (not Ctrl-C: the caller throws that). */
  notifyError?: unknown;
  /** The old certificates whose e-mails are still on because of it. */
  stillOn: readonly string[];
  deletions: readonly DeleteResult[];
  cleanup: readonly CleanupEntry[];
  rerun?: (newId: string) => string;
}

/** Everything else done: the error to throw for the e-mails still on (exits as its cause) or a rotation left incomplete. */
export function cleanupEnding(e: CleanupEnd, lang: Lang): unknown {
  const { verification, newId, notifyError, stillOn } = e;
  if (notifyError) {
    const cause = notifyError instanceof ScmCliError ? notifyError : undefined;
    return new ScmCliError(t(lang, M.notifyFailed, { ids: listOf(lang, [...stillOn]), why: firstLine(notifyError) }), cause?.exitCode ?? ExitCode.NETWORK, {
      cause: notifyError, hint: t(lang, M.notifyFailedHint, { ids: stillOn.join(' ') }), ...(cause?.code ? { code: cause.code } : {}),
    });
  }
  if (verification.status !== 'incomplete') return undefined;
  const open = verification.rows.filter((x) => x.result === 'skipped' || x.result === 'unknown').map((x) => `${x.service} ${x.region} ${x.resourceId}`);
  const regions = verification.unknown.map((u) => unknownText(u, lang));
  const unsupported = verification.rows.filter((x) => x.reason === 'unsupported').map((x) => `${x.service} ${x.region} ${x.resourceId}`);
  return new NegativeResult(t(lang, M.incomplete, { new: newId, list: listOf(lang, [...open, ...regions]) }), { hint: incompleteHint(newId, e.deletions, e.cleanup, lang, e.rerun?.(newId), unsupported) });
}

/**
 * A dry run whose plan already shows the real run cannot end complete (an old certificate SCM cannot account for,
 * a resource DeployCertificate does not serve): exit 1 as that run would, as `delete` and `prune --dry-run` do.
 */
export function dryRunEnding(plan: RotationPlan, newId: string | undefined, lang: Lang): NegativeResult | undefined {
  const open = [...plan.unsupported.map((x) => `${x.service} ${x.region} ${x.resourceId}`), ...plan.unknown.map((u) => unknownText(u, lang))];
  if (open.length === 0) return undefined;
  return new NegativeResult(t(lang, M.dryRunIncomplete, { new: newId ?? t(lang, M.theNew), list: listOf(lang, open) }), { hint: t(lang, plan.unsupported.length > 0 ? M.dryRunUnsupportedHint : M.dryRunIncompleteHint) });
}

/**
 * --domain D from a certificate list read in part (more certificates than ListCertificates' offset lets anyone
 * page through, or a list that changed): the old certificates read are dealt with, but one among the others may
 * cover D and still be deployed. Never "done" (exit 1, as a rotation SCM cannot confirm whole); the hint says how
 * to find them and replace them by id.
 */
export function unreadEnding(domain: string, why: string, newId: string | undefined, lang: Lang): NegativeResult {
  return new NegativeResult(t(lang, M.unread, { domain, why }), { hint: t(lang, M.unreadHint, { domain, to: newId ?? t(lang, M.newIdWord) }) });
}
