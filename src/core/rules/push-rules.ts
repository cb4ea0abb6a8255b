// Rules `scm push` checks offline before sending anything (certificate id, service, projects).
import type { RuleMeta } from './types.js';

export const PUSH_RULES: readonly RuleMeta[] = [];
