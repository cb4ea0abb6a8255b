// The one rule table: every offline check, with its stable id, severity, the SCM code it prevents and the
// fix. Data only, so `scm explain` can load it cheaply; the checks live in src/core/validate/.
import { DEPLOY_RULES } from './deploy-rules.js';
import { PUSH_RULES } from './push-rules.js';
import type { RuleMeta } from './types.js';
import { UPLOAD_RULES } from './upload-rules.js';

export const RULES: readonly RuleMeta[] = [...UPLOAD_RULES, ...PUSH_RULES, ...DEPLOY_RULES];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** The id rule: every command that takes a certificate id checks it offline (commands/shared/cert-ids.ts). */
const ID_RULES = RULES.filter((rule) => rule.id === 'push-id-format');

/**
 * The rules that check the request of an API operation (src/api/errors.ts names them): an import is checked by
 * the upload rules, a push by the push rules, a deployment by the deploy rules; any other request by the id rule
 * alone. A refused delete is not helped by the upload rules that share its code (SCM.0005).
 */
const FOR_OPERATION: Readonly<Record<string, readonly RuleMeta[]>> = {
  import: UPLOAD_RULES,
  push: PUSH_RULES,
  'batch-push': PUSH_RULES,
  deploy: [...DEPLOY_RULES, ...ID_RULES],
};

/** The offline rules that catch `code` before anything is sent; with `operation`, only those that check its request. */
export function rulesForCode(code: string, operation?: string): RuleMeta[] {
  const pool = operation === undefined ? RULES : (FOR_OPERATION[operation] ?? ID_RULES);
  return pool.filter((rule) => rule.code === code);
}

const uploadIds = new Set(UPLOAD_RULES.map((rule) => rule.id));

/** `scm validate` runs the upload rules only; push and deploy rules are checked by those commands themselves. */
export const isValidateRule = (id: string): boolean => uploadIds.has(id);
