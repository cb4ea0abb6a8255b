// One push plan being carried out (push.ts drives it): the rows settled so far, and the steps that settle each
// target. A batch-push row without a clear verdict is looked up (ListDeployedResources), never re-sent; after a
// failed request, a failure that may have taken effect is looked up before anything is sent again.
import { regionOfProject, type PushPlan } from '../core/push/index.js';
import { batchWord } from '../core/push/batch-word.js';
import { t } from '../core/i18n.js';
import { atPlace, unknownWhy } from '../core/inventory/deployment.js';
import { InterruptedError, NetworkError, ScmCliError } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { presenceAt, regionless, type Target } from './deployed.js';
import { RetryLaterError, ScmApiError } from './errors.js';
import { BadResponseError } from './exchange-errors.js';
import { OP_NAME, P } from './messages.js';
import { R } from './row-messages.js';
import type { PushOutcome, PushRequest, PushResult } from './push-rows.js';
import { mayHaveTakenEffect, mayRetry, mayStillRun, nextWait } from './retry.js';
import type { Deployment } from './types.js';

export type { PushOutcome, PushRequest, PushResult, PushRow } from './push-rows.js';

/** One plan being carried out: its rows so far, and the steps that settle each target. */
export class PushRun {
  readonly out: PushOutcome;
  /** Where the certificate was deployed before anything was sent (`ensure` only). */
  known?: Deployment;

  constructor(private readonly client: ScmClient, private readonly plan: PushPlan) {
    this.out = { id: plan.id, service: plan.service, mode: plan.mode, rows: [], requestIds: [] };
  }

  private get lang() {
    return this.client.lang;
  }

  async look(): Promise<Deployment> {
    return (await this.client.deployedResources([this.plan.id], [this.plan.service]))[0]!;
  }

  row(project: string, result: PushResult, message: string, certId?: string, open?: 'pending' | 'unknown'): void {
    this.out.rows.push({ project, ok: result === 'pushed' || result === 'present' || result === 'recovered', result, message, ...(certId ? { certId } : {}), ...(open ? { [open]: true as const } : {}) });
  }

  private target(project: string): Target {
    return { service: this.plan.service, region: this.plan.service === 'CDN' ? '' : (regionOfProject(project) ?? project) };
  }

  /**
   * Settles the projects `deployment` shows (present: `whenPresent`; SCM cannot tell: failed, never pushed
   * blindly) and returns the others, still to push. No deployment: all of them.
   */
  settle(projects: string[], deployment: Deployment | undefined, whenPresent: 'present' | 'recovered' = 'present', shown?: (project: string) => string): string[] {
    if (!deployment) return projects;
    const left: string[] = [];
    for (const p of projects) {
      const presence = presenceAt(deployment, this.target(p));
      const sub = whenPresent === 'present' && p.includes('_');
      if (presence === 'present' && sub && !this.regionCovers(deployment, p)) left.push(p);
      else if (presence === 'present' && sub) this.row(p, 'present', t(this.lang, R.presentInRegion, { region: this.target(p).region }));
      else if (presence === 'present') this.row(p, whenPresent, shown?.(p) ?? t(this.lang, whenPresent === 'present' ? R.present : R.recovered));
      else if (presence === 'unknown') this.row(p, 'failed', this.unknownText(deployment, p), undefined, 'unknown');
      else left.push(p);
    }
    return left;
  }

  /**
   * SCM names regions, not projects: a copy made in cn-north-4_sub is listed under cn-north-4. A sub-project is
   * taken as holding the certificate when its region lists as many copies as this push names projects there
   * (so a rerun of `--push ELB:cn-north-4_sub` makes no copy each time); with fewer, which project lacks it
   * cannot be told, and the sub-projects are pushed (a copy in the region proper counts for the region proper).
   */
  private regionCovers(d: Deployment, project: string): boolean {
    const { service, region } = this.target(project);
    const named = this.plan.projects.filter((q) => this.target(q).region.toLowerCase() === region.toLowerCase()).length;
    return d.resources.filter(atPlace(service, region)).length >= named;
  }

  /** Why a project is not pushed when SCM cannot tell: a resource listed without its region, its region flagged is_error, else what the answer left unsaid. */
  private unknownText(d: Deployment, project: string): string {
    const { service, region } = this.target(project);
    if (regionless(d, service)) return t(this.lang, R.regionless, { service, region });
    const flagged = d.unreliable.some(atPlace(service, region));
    return flagged ? t(this.lang, R.unknown, { region: region || service }) : t(this.lang, R.unknownWhy, { why: unknownWhy(d, this.lang) });
  }

  /** One request for `todo`; every project gets its row (a batch row without a verdict is looked up). */
  async send(req: PushRequest, todo: string[]): Promise<void> {
    const { client, plan } = this;
    if (req.operation === 'push') {
      const r = await client.pushOnce(plan.id, { target_project: todo[0]!, target_service: plan.service });
      if (r.requestId) this.out.requestIds.push(r.requestId);
      this.row(todo[0]!, 'pushed', t(this.lang, R.pushed));
      return;
    }
    const r = await client.batchPushOnce(plan.id, { target_projects: todo, target_service: plan.service });
    if (r.requestId) this.out.requestIds.push(r.requestId);
    /** The projects SCM's answer settles neither way, with what it said for each and why it settles nothing. */
    const unclear = new Map<string, { said: string; why: 'none' | 'no-copy' | 'words' | 'objected'; objection?: string }>();
    for (const p of todo) {
      // Project names come back in their own case ("CN-NORTH-4").
      const res = r.results.find((x) => x.project_name.trim().toLowerCase() === p.toLowerCase());
      // Read as words in either language and any case (core/push/batch-word.ts): a failure word is never a success.
      const word = batchWord(res?.message ?? '');
      const said = res?.message.trim() ?? '';
      // No row, no word, or words that say neither: SCM may or may not have pushed there. "success" without a
      // cert_id is no proven failure either: offering it for a re-push could make a second copy.
      if (!res || said === '') unclear.set(p, { said: '', why: 'none' });
      // A success word beside a member saying it failed (error_code, status "failed", success: false) is no proven
      // success, nor a failure to push again: looked up as words that say neither are.
      else if (word === 'success' && res.objection !== '') unclear.set(p, { said, why: 'objected', objection: res.objection });
      else if (word === 'success' && res.cert_id === '') unclear.set(p, { said, why: 'no-copy' });
      // SCM's "success" is said in the user's words, as a single push is; a failure keeps the server's own words.
      else if (word === 'success') this.row(p, 'pushed', t(this.lang, R.pushed), res.cert_id);
      else if (word === 'failure') this.row(p, 'failed', said, res.cert_id);
      else unclear.set(p, { said, why: 'words' });
    }
    // Look, never re-send. Not there yet proves nothing: the request was sent for it and SCM did not say.
    if (unclear.size === 0) return;
    // Shown there: the row says what SCM's answer said (no answer was lost), then that the look-up shows it.
    const shown = (p: string): string => {
      const { said, why, objection = '' } = unclear.get(p)!;
      const text = why === 'none' ? R.noResultShown : why === 'no-copy' ? R.noCopyShown : why === 'objected' ? R.objectedShown : R.unclearShown;
      return t(this.lang, text, { said, objection });
    };
    for (const p of this.settle([...unclear.keys()], await this.look(), 'recovered', shown)) {
      const { said, why, objection = '' } = unclear.get(p)!;
      const text = why === 'none' ? R.noResultPending : why === 'no-copy' ? R.noCopyPending : why === 'objected' ? R.objectedPending : R.unclearPending;
      this.row(p, 'failed', t(this.lang, text, { said, objection, id: plan.id }), undefined, 'pending');
    }
  }

  /**
   * After a failed request: what is left to send again. A failure that may have taken effect is looked up
   * first (the targets that now hold the certificate are done); when that look fails, or the failure may not
   * be retried, or the retries or the time are spent, the rest fail and the plan stops.
   */
  async afterFailure(e: unknown, req: PushRequest, todo: string[], n: number): Promise<string[]> {
    const { client } = this;
    // A refused request has a request id too, and it is the one SCM's support asks for.
    if (e instanceof ScmApiError && e.requestId) this.out.requestIds.push(e.requestId);
    const stop = (message: string, error: unknown = e, pending = false): string[] => {
      for (const p of todo) this.row(p, 'failed', message, undefined, pending ? 'pending' : undefined);
      this.out.error = asCliError(error);
      return [];
    };
    if (mayHaveTakenEffect(e)) {
      client.note(t(this.lang, P.lookBeforePush, { op: t(this.lang, OP_NAME[req.operation]), why: firstLine(e) }));
      let after: Deployment;
      try {
        after = await this.look();
      } catch (le) {
        if (le instanceof InterruptedError) throw le;
        // Cannot tell what happened: sending again might make a second copy.
        return stop(t(this.lang, R.failedUnchecked, { error: firstLine(e) }), e, true);
      }
      const rows = this.out.rows.length;
      todo = this.settle(todo, after, 'recovered');
      // A target failed for want of an answer: this failure decides the exit code, not the project names.
      if (this.out.rows.slice(rows).some((r) => !r.ok)) this.out.error ??= asCliError(e);
      if (todo.length === 0) return [];
      // A success status whose answer scm cannot read (202 or 204 with no results, a proxy's page with 200): SCM
      // took the request and did not say how it went, as when a batch's results leave a project out.
      if (mayStillRun(e) || (e instanceof BadResponseError && e.unread)) {
        const id = this.plan.id;
        const hint = mayStillRun(e) ? R.mayStillRunHint : R.unreadHint;
        return stop(t(this.lang, R.mayStillRun, { error: firstLine(e), id }), new NetworkError(firstLine(e), { hint: t(this.lang, hint, { id }) }), true);
      }
    }
    let wait: number | undefined;
    try {
      wait = mayRetry(e) && n < client.retryPolicy.retries ? nextWait(n, e, client.retryPolicy) : undefined;
    } catch (w) {
      // The server asks for a longer wait than scm's (that error says until when), or the wait would pass the deadline.
      if (w instanceof RetryLaterError) return stop(firstLine(w), w);
      wait = undefined;
    }
    if (wait === undefined) return stop(firstLine(e));
    client.note(t(this.lang, P.retry, { op: t(this.lang, OP_NAME[req.operation]), why: firstLine(e), n: n + 1, max: client.retryPolicy.retries, seconds: (wait / 1000).toFixed(1) }));
    await client.retryPolicy.sleep(wait, client.signal);
    return todo;
  }
}

export const asCliError = (e: unknown): ScmCliError => (e instanceof ScmCliError ? e : new ScmCliError(firstLine(e), 70));

