// The IAM action each SCM request of scm needs, keyed by the operation ids of src/api (error-text.ts), the
// first action Huawei's name for it and the rest its aliases (lifecycle-research.md §1.1, scm-api-reference.md
// §2). Empty where Huawei publishes none (ListDeployedResources, the notification switches): never a guess.
// The one mapping: the API error display names the failed request's action from it, and SCM.4002's fix
// (scm explain) lists every action in it.
import type { Text } from '../i18n.js';

export const IAM_ACTIONS = {
  list: ['scm:cert:list'],
  show: ['scm:cert:get'],
  import: ['scm:cert:import', 'scm:cert:upload'],
  push: ['scm:cert:push'],
  'batch-push': ['scm:cert:push'],
  delete: ['scm:cert:delete'],
  export: ['scm:cert:download', 'scm:cert:export'],
  deploy: ['scm:cert:deployResources'],
  'deployed-resources': [],
  notify: [],
} as const satisfies Record<string, readonly string[]>;

/** Codes that say the caller lacks permission for the request: the display names the action it needs. */
export const PERMISSION_CODES: ReadonlySet<string> = new Set(['SCM.4002', 'SCM.0003', 'APIGW.0302']);

/** Every action scm uses, once each with its alias: "scm:cert:list, ..., scm:cert:import (alias scm:cert:upload)". */
export function allActions(): Text {
  const seen = new Map<string, readonly string[]>();
  for (const actions of Object.values(IAM_ACTIONS) as readonly (readonly string[])[]) if (actions[0] && !seen.has(actions[0])) seen.set(actions[0], actions);
  const say = (alias: (a: string, b: string) => string, sep: string): string => [...seen.values()].map(([a, ...more]) => (more.length > 0 ? alias(a!, more.join(sep)) : a!)).join(sep);
  return { en: say((a, b) => `${a} (alias ${b})`, ', '), zh: say((a, b) => `${a}（别名 ${b}）`, '、') };
}
