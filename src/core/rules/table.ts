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

/** The offline rules that catch `code` before anything is sent. */
export function rulesForCode(code: string): RuleMeta[] {
  return RULES.filter((rule) => rule.code === code);
}

const uploadIds = new Set(UPLOAD_RULES.map((rule) => rule.id));

/** `scm validate` runs the upload rules only; push and deploy rules are checked by those commands themselves. */
export const isValidateRule = (id: string): boolean => uploadIds.has(id);
