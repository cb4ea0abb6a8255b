// Collects findings: the message is specific to this bundle, severity, code and fix come from the rule table.
import { ruleById } from '../rules/table.js';
import type { Finding, Severity } from '../rules/types.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export class Findings {
  private readonly list: Finding[] = [];

  constructor(private readonly lang: 'en' | 'zh' = 'en') {}

  add(ruleId: string, message: string): void {
    const rule = ruleById(ruleId);
    if (!rule) throw new Error(`validate: no rule '${ruleId}' in the rule table`);
    if (this.list.some((f) => f.rule === ruleId && f.message === message)) return;
    this.list.push({ rule: rule.id, severity: rule.severity, code: rule.code, message, fix: rule.fix[this.lang] });
  }

  has(ruleId: string): boolean {
    return this.list.some((f) => f.rule === ruleId);
  }

  get errorCount(): number {
    return this.list.filter((f) => f.severity === 'error').length;
  }

  /** Errors first, then warnings, then info; within a severity, in the order the checks ran. */
  sorted(): Finding[] {
    return this.list.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
  }
}
