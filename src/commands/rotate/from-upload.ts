// `scm upload --rotate` (the renewal hooks' last step): once `upload` validated the files, the rotation takes
// over: the certificate is uploaded as --if-changed would (never twice), then deployed wherever the other
// certificates covering its first domain (the hook's domain) are, verified, and reported as `scm rotate`
// reports it. --push is refused with it: the rotation deploys where the old certificates are.
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import type { WafType } from '../../core/deploy/targets.js';
import type { ValidationReport } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import type { SessionOptions } from '../shared/session.js';
import { rotate } from './flow.js';
import { M } from './messages.js';

export interface UploadRotation {
  report: ValidationReport;
  name: string;
  /** The hook's first domain, else the certificate's first name. */
  domain: string;
  /** What the files were (the folder or --cert), for the plan. */
  source: string;
  opts: SessionOptions & { push?: string[]; dryRun?: boolean; enterpriseProjectId?: string; wafType?: WafType };
}

export async function rotateUpload(u: UploadRotation, ctx: Ctx): Promise<number> {
  const { opts } = u;
  if ((opts.push ?? []).length > 0) throw new UsageError(t(ctx.lang, M.rotateWithPush));
  return rotate({
    oldIds: [], domain: u.domain,
    newCert: { kind: 'files', report: u.report, name: u.name, source: u.source, ...(opts.enterpriseProjectId ? { enterpriseProjectId: opts.enterpriseProjectId } : {}) },
    deleteOld: false, disableNotifications: false, dryRun: opts.dryRun === true, json: opts.json === true, quiet: opts.quiet === true, extras: opts.wafType ? { wafType: opts.wafType } : {},
    session: { ...(opts.region !== undefined ? { region: opts.region } : {}), ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}), ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}), ...(opts.retries !== undefined ? { retries: opts.retries } : {}) },
  }, ctx);
}
