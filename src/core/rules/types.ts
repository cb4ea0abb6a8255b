// The shape of a validation rule and of the findings rules produce (docs/cli-contract.md "Finding").
import type { Text } from '../catalogue/types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  /** Stable id: scripts filter on it and `scm explain <id>` looks it up. Never rename one. */
  id: string;
  severity: Severity;
  /** The SCM code the server would return for the same upload, or null when no published code fits. */
  code: string | null;
  /** One-line summary of what the rule checks. */
  title: Text;
  /** What the operator should do when it fires. */
  fix: Text;
  /**
   * A fault of a chain as a TLS server sends it (clients refuse the chain or cannot build it): `scm check` reports
   * it for an endpoint, and as a chain note for a file or folder. Validate's other chain rules concern the upload
   * (SCM's field lengths, blocks that are no certificate) or are no fault (the root sent too).
   */
  served?: true;
}

export interface Finding {
  rule: string;
  severity: Severity;
  code: string | null;
  message: string;
  fix: string;
}

/** Builds a rule-table row; the tables read as one row per rule. */
export const rule = (id: string, severity: Severity, code: string | null, title: RuleMeta['title'], fix: RuleMeta['fix'], more: { served?: true } = {}): RuleMeta =>
  ({ id, severity, code, title, fix, ...more });

/** The last argument of `rule` for a rule that is also a fault of a served chain (RuleMeta.served). */
export const SERVED = { served: true } as const;
