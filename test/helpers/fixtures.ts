// The certificates scripts/gen-fixtures.mjs writes (test/helpers/global-setup.ts runs it when they are
// missing or stale), and small helpers to feed them to validateBundle.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput, RawInput, ValidateOptions, ValidationReport } from '../../src/core/validate/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/generated/', import.meta.url));
export const fixture = (rel: string): string => join(FIXTURES, rel);

/** True once the generator has run (it needs the openssl CLI). */
export const fixturesReady = (): boolean => existsSync(fixture('.stamp'));

/** A describe block that needs the generated fixtures; skipped (with the reason) when they are missing. */
export function describeFixtures(title: string, body: () => void): void {
  if (fixturesReady() || process.env.SCM_REQUIRE_TOOLS === '1') describe(title, body);
  else describe.skip(`${title} (skipped: fixtures not generated; openssl missing?)`, body);
}

/** A fixture file as validateBundle's input; `source` defaults to the file name. */
export function raw(rel: string, source = basename(rel)): RawInput {
  return { source, data: readFileSync(fixture(rel)) };
}

/** Text as an input, the way the emulator passes request fields. */
export const text = (s: string, source = 'text'): RawInput => ({ source, data: Buffer.from(s) });

export interface Parts {
  cert?: string;
  key?: string;
  chain?: string;
  pfx?: string;
  pfxPassword?: string;
}

/** Runs validateBundle on fixture paths, relative to test/fixtures/generated/cases unless they start with pki/, pfx/ or bundles/. */
export function check(parts: Parts, options: Partial<ValidateOptions> = {}): Promise<ValidationReport> {
  const path = (p: string): string => (/^(pki|pfx|bundles)\//.test(p) ? p : `cases/${p}`);
  const input: BundleInput = {};
  if (parts.cert) input.cert = raw(path(parts.cert));
  if (parts.key) input.key = raw(path(parts.key));
  if (parts.chain) input.chain = raw(path(parts.chain));
  if (parts.pfx) input.pfx = raw(`pfx/${parts.pfx}`);
  if (parts.pfxPassword !== undefined) input.pfxPassword = parts.pfxPassword;
  return validateBundle(input, { now: new Date(), ...options });
}

export const ruleIds = (r: ValidationReport): string[] => r.findings.map((f) => f.rule);
export const find = (r: ValidationReport, rule: string) => r.findings.find((f) => f.rule === rule);
/** Rules of severity error (what blocks an upload). */
export const errors = (r: ValidationReport): string[] => r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
