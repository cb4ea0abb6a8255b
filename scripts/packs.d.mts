// Types of scripts/packs.mjs, for the tests that import it.
export interface MetaOutput {
  imports: Array<{ path: string; kind: string; external?: boolean }>;
}
export function packMembers(outputs: Record<string, MetaOutput>): Map<string, string[]>;
export function packs(outputs: Record<string, MetaOutput>, modules: Map<string, { helpers: string; text: string }>): Map<string, string>;
export function splitHelpers(code: string): [string, string];
