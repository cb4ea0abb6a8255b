// Fixture contents under file names a test chooses: a bundle read by content decides by content first and by
// names only to break ties, so the tests that pin those tie-breaks need the same bytes under other names.
import { readFileSync } from 'node:fs';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput, ValidationReport } from '../../src/core/validate/types.js';
import { fixture } from './fixtures.js';

/** A fixture's bytes: `cases/` unless the path names its folder (pki/, pfx/, bundles/). */
export const bytes = (rel: string): Buffer => readFileSync(fixture(/^(pki|pfx|bundles|cases)\//.test(rel) ? rel : `cases/${rel}`));

/** [file name as given, fixture] pairs, in the order given. */
export type Named = Array<[string, string | Buffer]>;

export const named = (files: Named): BundleInput['files'] => files.map(([source, rel]) => ({ source, data: typeof rel === 'string' ? bytes(rel) : rel }));

/** Every finding as "rule severity code: message", in report order. */
export const lines = (r: ValidationReport): string[] => r.findings.map((f) => `${f.rule} ${f.severity} ${f.code}: ${f.message}`);

export const NOW = new Date('2030-01-01T00:00:00Z');

/** validateBundle on files given together (`scm validate FILE...`). */
export const readTogether = (files: Named, extra: Partial<BundleInput> = {}, lang: 'en' | 'zh' = 'en'): Promise<ValidationReport> =>
  validateBundle({ files: named(files), ...extra }, { now: NOW, lang });
