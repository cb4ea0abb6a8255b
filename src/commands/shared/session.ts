// What every command that reads or changes certificates in SCM starts with (list, show, delete, prune,
// export, notify): progress on stderr (silent under --json/--quiet), the signed client with its settings,
// and credentials required up front, so a missing AK/SK is exit 3 before any work.
import type { Ctx } from '../../context.js';
import type { Text } from '../../core/i18n.js';
import { createProgress, type Progress } from '../../io/progress.js';
import { connect, flagsFrom, requireAuth, type Connection } from './connect.js';

export interface SessionOptions {
  /** --config FILE (a global option): the named config file, instead of the search. */
  config?: string;
  region?: string;
  endpoint?: string;
  timeout?: string;
  retries?: number;
  json?: boolean;
  quiet?: boolean;
  /** Notes but no step lines on stderr (certbot's deploy hook: upload/run.ts). */
  noSteps?: boolean;
}

export interface Session extends Connection {
  progress: Progress;
  /** Runs `fn` as one step shown by the progress; a failure stops the spinner before it propagates. */
  step<T>(text: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * `canDryRun`: the command's --dry-run needs no credentials, so the missing-credentials hint may suggest it.
 * `optional`: no credentials is no error (a dry run that reads only when it can: `settings.auth` says).
 */
export async function openSession(opts: SessionOptions, ctx: Ctx, phase: Text, canDryRun = false, optional = false): Promise<Session> {
  const silent = Boolean(opts.json || opts.quiet);
  const progress = await createProgress(ctx, silent, opts.noSteps === true);
  const conn = await connect(flagsFrom(opts, ctx.lang), ctx, { onRetry: (m) => progress.note(m), quiet: Boolean(opts.quiet), json: Boolean(opts.json), phase });
  if (!optional) requireAuth(conn.settings, canDryRun);
  return {
    ...conn,
    progress,
    async step(text, fn) {
      progress.step(text);
      try {
        const out = await fn();
        progress.done();
        return out;
      } catch (e) {
        progress.fail();
        throw e;
      }
    },
  };
}
