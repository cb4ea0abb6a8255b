// `scm show ID`: ShowCertificate and ListDeployedResources side by side (one start-up, two requests). An id
// SCM does not hold is exit 4 with the catalogue's SCM.0008 explanation, whichever way SCM said it.
import { lookMissing } from '../../api/api-missing.js';
import { firstLine } from '../../api/client.js';
import { unanswered } from '../../api/deployed.js';
import { explainNotHeld } from '../../api/not-held.js';
import type { Deployment } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { ExitCode, InterruptedError } from '../../errors.js';
import { jsonDocument } from '../../render/json.js';
import { certIds } from '../shared/cert-ids.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { M } from './messages.js';
import { renderShow, showJson } from './render.js';

export async function run({ args, opts }: { args: string[]; opts: SessionOptions }, ctx: Ctx): Promise<number> {
  const [id] = certIds([args[0] ?? ''], ctx.lang) as [string];
  const s = await openSession(opts, ctx, M.phase);
  // A failed look at where it is deployed (a 503 after the retries; a refusal, as SCM may give for a
  // certificate it does not track there) does not hide the certificate SCM did return: it is shown with its
  // deployments unknown, and the run ends with that failure (its own exit code and words).
  let lookFailed: unknown;
  const [detail, deployments] = await s.step(t(ctx.lang, M.reading, { id }), async () => {
    const shown = s.client.show(id);
    const deployed = s.client.deployedResources([id]).catch((e: unknown): Deployment[] => {
      if (e instanceof InterruptedError) throw e;
      lookFailed = e;
      return [unanswered(id)];
    });
    // Both in flight; the certificate's own answer decides first (an unknown id is said as such).
    deployed.catch(() => {});
    const d = await shown.catch((e: unknown) => { throw explainNotHeld(e, ctx.lang); });
    return [d, await deployed] as const;
  });
  const deployment = deployments[0]!;
  const now = ctx.now();
  const failed = lookFailed === undefined ? {} : { lookFailed: firstLine(lookFailed) };
  if (opts.json) ctx.stdout.write(jsonDocument(showJson(detail, deployment, now)));
  else ctx.stdout.write(renderShow(detail, deployment, { now, style: ctx.style, lang: ctx.lang, ...failed }));
  if (lookFailed !== undefined) throw lookMissing(lookFailed, 'show', ctx.lang);
  return ExitCode.OK;
}
