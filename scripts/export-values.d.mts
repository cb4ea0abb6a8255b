// Types of scripts/export-values.mjs for the tests (npm run typecheck).
export function fixedBindings(code: string): Set<string>;
export function exportsAsValues(code: string, inCycle: boolean): string;
export function chunksOnCycles(outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>, name: (path: string) => string): Set<string>;
