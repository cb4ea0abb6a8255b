// Deploying a certificate where it is used (DeployCertificate), as data: targets and batches, the offline
// checks, and reading the answer's failure_list (used by deploy and rotate).
export * from './targets.js';
export * from './checks.js';
export * from './failures.js';
