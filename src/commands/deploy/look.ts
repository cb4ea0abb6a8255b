// What a deployment learns from SCM before it sends anything, for the run and for --dry-run alike: ShowCertificate
// and ListDeployedResources together, the refusals the certificate leads to (a CDN domain it does not cover, SM2,
// expired), which resources hold it already (not sent again: each deployment is billed) and which SCM cannot say.
import type { Deployment } from '../../api/types.js';
import { explainNotHeld } from '../../api/not-held.js';
import type { Ctx } from '../../context.js';
import { certFactsOf, certificateFindings, presenceIn, type DeployPlan, type DeployTarget } from '../../core/deploy/index.js';
import { t } from '../../core/i18n.js';
import { unknownWhy } from '../../core/inventory/deployment.js';
import { originOf } from '../../core/inventory/rows.js';
import type { Finding } from '../../core/rules/types.js';
import type { Session } from '../shared/session.js';
import { M } from './messages.js';

export interface Look {
  known: Deployment;
  /** Error findings only: any of them refuses the deployment. */
  refusals: Finding[];
  /** The resources a run sends, that is those that do not hold the certificate already (or may not). */
  toSend: DeployTarget[];
  /** Those that hold it already. */
  holding: DeployTarget[];
  /** Among toSend, those SCM cannot say anything of; `why` says which gap. */
  unsure: number;
  why: string;
  /** Bought through SCM or imported: only an imported one's deployments are billed. */
  imported: boolean;
}

export async function lookBeforeDeploy(s: Session, plan: DeployPlan, ctx: Ctx): Promise<Look> {
  const lang = ctx.lang;
  const [detail, known] = await s.step(t(lang, M.reading, { id: plan.id }), async () => {
    const shown = s.client.show(plan.id);
    const deployed = s.client.deployedResources([plan.id], [plan.service]);
    deployed.catch(() => {});
    const d = await shown.catch((e: unknown) => { throw explainNotHeld(e, lang); });
    return [d, (await deployed)[0]!] as const;
  });
  // Its warnings (WAF's edition not given) were said with the command line's.
  const refusals = certificateFindings(certFactsOf(detail), plan.targets, ctx.now(), lang).filter((f) => f.severity === 'error');
  const holding = plan.targets.filter((target) => presenceIn(known, target) === 'present');
  const toSend = plan.targets.filter((target) => presenceIn(known, target) !== 'present');
  const unsure = plan.targets.filter((target) => presenceIn(known, target) === 'unknown').length;
  return { known, refusals, toSend, holding, unsure, why: unsure > 0 ? unknownWhy(known, lang) : '', imported: originOf(detail) === 'imported' };
}
