// Certificates in SCM, as data: rows from list entries, selection and order, deployment decisions, the prune
// plan and delete's decisions (used by list, show, delete, prune, and rotate).
export * from './time.js';
export * from './rows.js';
export * from './select.js';
export * from './deployment.js';
export * from './prune.js';
export * from './delete.js';
export * from './reasons.js';
