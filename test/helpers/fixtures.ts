// The certificates scripts/gen-fixtures.mjs writes (test/helpers/global-setup.ts runs it when they are
// missing or stale), and small helpers to feed them to validateBundle.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';
import { validateBundle } from '../../src/core/validate/index.js';
import { readBundleDir } from '../../src/io/bundle-files.js';
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
  /** Files given together (read by content), as `scm validate FILE...` gives them. */
  files?: string[];
  /** A bundle folder under bundles/, read as `scm validate DIR` reads it. */
  dir?: string;
}

const fixturePath = (p: string): string => (/^(pki|pfx|bundles)\//.test(p) ? p : `cases/${p}`);

/** The BundleInput `scm validate` would build from these parts (folders through the real io layer). */
export async function bundleInput(parts: Parts): Promise<BundleInput> {
  const input: BundleInput = parts.dir ? await readBundleDir(`bundles/${parts.dir}`, { cwd: FIXTURES, stdin: process.stdin }) : {};
  if (parts.files) input.files = parts.files.map((f) => raw(fixturePath(f)));
  if (parts.cert) input.cert = raw(fixturePath(parts.cert));
  if (parts.key) input.key = raw(fixturePath(parts.key));
  if (parts.chain) input.chain = raw(fixturePath(parts.chain));
  if (parts.pfx) input.pfx = raw(`pfx/${parts.pfx}`);
  if (parts.pfxPassword !== undefined) input.pfxPassword = parts.pfxPassword;
  return input;
}

/** Runs validateBundle on fixture paths, relative to test/fixtures/generated/cases unless they start with pki/, pfx/ or bundles/. */
export async function check(parts: Parts, options: Partial<ValidateOptions> = {}): Promise<ValidationReport> {
  return validateBundle(await bundleInput(parts), { now: new Date(), ...options });
}

/** Each finding as "rule severity code", in report order: what tests compare exactly. */
export const triples = (r: ValidationReport): string[] => r.findings.map((f) => `${f.rule} ${f.severity} ${f.code}`);

/** The triples a list of rule ids must give, severity and code taken from the rule table. */
export function expected(rules: string[]): string[] {
  return rules.map((id) => {
    const rule = UPLOAD_RULES.find((x) => x.id === id);
    if (!rule) throw new Error(`no rule ${id}`);
    return `${id} ${rule.severity} ${rule.code}`;
  });
}

export const ruleIds = (r: ValidationReport): string[] => r.findings.map((f) => f.rule);
export const find = (r: ValidationReport, rule: string) => r.findings.find((f) => f.rule === rule);
/** Rules of severity error (what blocks an upload). */
export const errors = (r: ValidationReport): string[] => r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
