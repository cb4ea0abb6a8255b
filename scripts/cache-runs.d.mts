// Types of scripts/cache-runs.mjs, for the test that imports it.
export function cacheRuns(root: string): { runs: string[][]; cleanup: () => void };
