// Types of scripts/cache-runs.mjs, for the test that imports it.
export function cacheRuns(root: string): { runs: string[][]; bundle: string | undefined; cleanup: () => void };
export function apiRuns(bin: string, bundle: string | undefined): Promise<{ runs: Array<{ argv: string[]; env: Record<string, string> }>; stop: () => void } | undefined>;
