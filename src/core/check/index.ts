// `scm check` as data: what a target names, the chain's state (validate's analysis), and the verdict on one target.
export * from './target.js';
export * from './chain.js';
export * from './report.js';
export * from './facts.js';
export * from './alerts.js';
