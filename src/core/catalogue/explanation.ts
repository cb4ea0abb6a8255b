// The explanation of one code or rule as plain data: the `--json` object of `scm explain`, and what the
// human renderer and the API error display print.
import type { RuleMeta } from '../rules/types.js';
import { classifyApiError, type Resolved } from './index.js';
import { seedTextOf } from './seed-codes.js';
import type { CatalogueEntry, Note, Text } from './types.js';

const EXIT_FOR_CLASS = { auth: 3, rejected: 4, unavailable: 5 } as const;

export interface Explanation {
  schemaVersion: 1;
  query: string;
  code: string | null;
  status: number | null;
  origin: CatalogueEntry['origin'] | 'rule';
  message: Text;
  description: Text;
  fix: Text;
  notes: Note[];
  /** The user's table row verbatim (seed codes): its message, description and fix columns. */
  seed?: { message: string; description: string; fix: string };
  /** The table's fix column when it held a note for the service's developers rather than a fix (not advice). */
  seedRemark?: string;
  englishText: CatalogueEntry['enSource'] | null;
  /** The exit status `scm` uses when the API answers with this code. */
  exitCode: number | null;
  /** Offline `validate` rules that catch this code before upload. */
  rules: Array<{ id: string; severity: RuleMeta['severity']; title: Text }>;
  /** Set when the query was a rule id. */
  rule?: { id: string; severity: RuleMeta['severity']; title: Text; fix: Text };
  docs: Text | null;
  /** The `error_msg` that came with the code, when it was read from an API error body. */
  serverMessage?: string;
  /** Set for a code published with several statuses: the text and exit status of each other one. */
  otherStatuses?: Array<{ status: number; message: Text; description: Text; fix: Text; exitCode: number; published: boolean }>;
}

const ruleSummary = (r: RuleMeta) => ({ id: r.id, severity: r.severity, title: r.title });

function seedFields(e: CatalogueEntry): Pick<Explanation, 'seed' | 'seedRemark'> {
  const seed = seedTextOf(e.code);
  return {
    ...(seed ? { seed: { message: e.message.zh, ...seed } } : {}),
    ...(e.seedRemark === undefined ? {} : { seedRemark: e.seedRemark }),
  };
}

/**
 * `status`: the HTTP status the code came with (read from a pasted body or log): a code published with
 * several statuses is then explained at that one, its own first status among the others.
 */
export function explanationOf(resolved: Exclude<Resolved, { kind: 'unknown' }>, serverMessage?: string, status?: number): Explanation {
  const e = resolved.entry;
  const base: Explanation = e
    ? {
        schemaVersion: 1,
        query: resolved.query,
        code: e.code,
        status: e.status,
        origin: e.origin,
        message: e.message,
        description: e.description,
        fix: e.fix,
        notes: e.notes ?? [],
        ...seedFields(e),
        englishText: e.enSource,
        exitCode: EXIT_FOR_CLASS[classifyApiError(e.status, e.code)],
        rules: resolved.rules.map(ruleSummary),
        docs: e.docs,
      }
    : {
        // A rule with no published SCM code (e.g. cert-expired): the rule is the whole explanation.
        schemaVersion: 1,
        query: resolved.query,
        code: null,
        status: null,
        origin: 'rule',
        message: (resolved as { rule: RuleMeta }).rule.title,
        description: (resolved as { rule: RuleMeta }).rule.title,
        fix: (resolved as { rule: RuleMeta }).rule.fix,
        notes: [],
        englishText: null,
        exitCode: null,
        rules: resolved.rules.map(ruleSummary),
        docs: null,
      };
  if (e?.variants) {
    const at = status === undefined ? undefined : e.variants.find((v) => v.status === status);
    const others = at ? [{ status: e.status, message: e.message, description: e.description, fix: e.fix }, ...e.variants.filter((v) => v !== at)] : e.variants;
    base.otherStatuses = others.map((v) => ({ status: v.status, message: v.message, description: v.description, fix: v.fix, exitCode: EXIT_FOR_CLASS[classifyApiError(v.status, e.code)], published: !('published' in v) || v.published !== false }));
    if (at) Object.assign(base, { status: at.status, message: at.message, description: at.description, fix: at.fix, exitCode: EXIT_FOR_CLASS[classifyApiError(at.status, e.code)] });
  }
  if (resolved.kind === 'rule') base.rule = { ...ruleSummary(resolved.rule), fix: resolved.rule.fix };
  if (serverMessage !== undefined) base.serverMessage = serverMessage;
  return base;
}
