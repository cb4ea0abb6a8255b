// `scm upload --rotate` (the renewal hooks' last step): once `upload` validated the files, the rotation takes
// over: the certificate is uploaded as --if-changed would (never twice), then deployed wherever the other
// certificates covering its first domain (the hook's domain) are, verified, and reported as `scm rotate`
// reports it. --push is refused with it: the rotation deploys where the old certificates are.
import { isAbsolute, resolve } from 'node:path';
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { shellWord } from '../../core/shell-word.js';
import type { WafType } from '../../core/deploy/targets.js';
import type { ValidationReport } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import { withHookFinish } from '../shared/hook-finish.js';
import type { SessionOptions } from '../shared/session.js';
import { rotate } from './flow.js';
import { M } from './messages.js';
import { wafExtrasOf } from './waf-extras.js';

export interface UploadRotation {
  report: ValidationReport;
  name: string;
  /** The hook's first domain, else the certificate's first name. */
  domain: string;
  /** What the files were (the folder or --cert), for the plan. */
  source: string;
  /** Run by a renewal hook (--from): failure hints name a command to run by hand (see rerunCommand). */
  hook?: boolean;
  /** No step lines on stderr (certbot's deploy hook, see upload/run.ts). */
  noSteps?: boolean;
  /** Under a hook, what finishes the rotation when it failed before deploying (shared/hook-finish.ts). */
  finish?: string;
  opts: SessionOptions & { push?: string[]; dryRun?: boolean; enterpriseProjectId?: string; wafType?: WafType };
}

/**
 * What finishes a rotation a hook started: `scm rotate --domain D --to NEW` with the hook's options, which
 * deploys only what is left. The hook's own command reads RENEWED_* (or LEGO_*, CERT_*) from an environment the
 * person reading the log does not have, and the ACME client does not run the hook again for this certificate.
 */
export function rerunCommand(u: UploadRotation, newId: string, cwd?: string): string {
  const o = u.opts;
  // The named file by its full path, as hook-finish.ts gives the files: whoever reads the log runs it elsewhere.
  // A relative one was read from the working directory, so it exists whenever this is asked.
  const config = o.config === undefined || isAbsolute(o.config) || cwd === undefined ? o.config : resolve(cwd, o.config);
  const words = ['scm', 'rotate', '--domain', u.domain, '--to', newId];
  if (o.wafType) words.push('--waf-type', o.wafType);
  if (o.enterpriseProjectId) words.push('--enterprise-project-id', o.enterpriseProjectId);
  if (config !== undefined) words.push('--config', config);
  if (o.region !== undefined) words.push('--region', o.region);
  if (o.endpoint !== undefined) words.push('--endpoint', o.endpoint);
  return words.map(shellWord).join(' ');
}

/** The working directory only for a relative --config (ctx.cwd throws when the folder is gone, see cli.ts). */
const cwdFor = (config: string | undefined, ctx: Ctx): string | undefined => (config !== undefined && !isAbsolute(config) ? ctx.cwd : undefined);

export async function rotateUpload(u: UploadRotation, ctx: Ctx): Promise<number> {
  const { opts } = u;
  if ((opts.push ?? []).length > 0) throw new UsageError(t(ctx.lang, M.rotateWithPush));
  // --waf-type and --enterprise-project-id as `scm rotate` sends them with the WAF resources (waf-extras.ts).
  const { extras, wafNote } = wafExtrasOf(opts, ctx.lang);
  // A failure before the deployments (the lookups, the upload) leaves the new certificate to upload or deploy
  // by hand: its hint names the command; from the deployments on, the rotation's own hints name `--to NEW`.
  let deploying = false;
  try {
    return await rotate({
      oldIds: [], domain: u.domain,
      newCert: { kind: 'files', report: u.report, name: u.name, source: u.source, ...(opts.enterpriseProjectId ? { enterpriseProjectId: opts.enterpriseProjectId } : {}) },
      deleteOld: false, disableNotifications: false, dryRun: opts.dryRun === true, json: opts.json === true, quiet: opts.quiet === true, extras, ...(wafNote !== undefined ? { wafNote } : {}),
      session: { noSteps: u.noSteps === true, ...(opts.config !== undefined ? { config: opts.config } : {}), ...(opts.region !== undefined ? { region: opts.region } : {}), ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}), ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}), ...(opts.retries !== undefined ? { retries: opts.retries } : {}) },
      ...(u.hook ? { rerun: (newId: string) => rerunCommand(u, newId, cwdFor(opts.config, ctx)) } : {}),
      onDeploying: () => void (deploying = true),
      upload: { deleteOld: (newId: string) => `${rerunCommand(u, newId, cwdFor(opts.config, ctx))} --delete-old` },
    }, ctx);
  } catch (e) {
    throw u.finish && !deploying ? withHookFinish(e, u.finish, ctx.lang) : e;
  }
}
