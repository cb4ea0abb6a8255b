// Rotating certificates as data: the plan from ListDeployedResources, the verification after the
// deployments, and what happens to the old certificates (used by `scm rotate` and `scm upload --rotate`).
export * from './plan.js';
export * from './verify.js';
export * from './cleanup.js';
export { rowText, cleanupText, unknownText } from './messages.js';
