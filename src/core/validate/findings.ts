// Collects findings: the message comes from the message table (messages.ts) in the report's language,
// severity, code and fix from the rule table. One cause, one finding: once an input is known to be missing or
// unreadable, a finding of a rule that needs it (needs.ts) is dropped instead of being computed on something else.
import { t, type Lang, type Message, type Params } from '../i18n.js';
import { ruleById } from '../rules/table.js';
import type { Finding, Severity } from '../rules/types.js';
import { NEEDS, type Need } from './needs.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export class Findings {
  private readonly list: Finding[] = [];
  private readonly missing = new Set<Need>();

  constructor(readonly lang: Lang = 'en') {}

  /** `need` was not read: rules that need it say nothing from now on. */
  lack(need: Need): void {
    this.missing.add(need);
  }

  lacks(need: Need): boolean {
    return this.missing.has(need);
  }

  /** Whether a finding of `ruleId` could be reported now (all it needs was read). */
  allows(ruleId: string): boolean {
    return !(NEEDS[ruleId] ?? []).some((n) => this.missing.has(n));
  }

  /** A message of the table in the report's language (for parts of a finding's message). */
  say(message: Message, params: Params = {}): string {
    return t(this.lang, message, params);
  }

  /** `fix`: a fix of this finding's own, said with the same `params` (the address it found), instead of the rule's. */
  add(ruleId: string, message: Message, params: Params = {}, fix?: Message): void {
    const rule = ruleById(ruleId);
    if (!rule || NEEDS[ruleId] === undefined) throw new Error(`validate: rule '${ruleId}' is missing from the rule table or from needs.ts`);
    if (!this.allows(ruleId)) return;
    const text = this.say(message, params);
    if (this.list.some((f) => f.rule === ruleId && f.message === text)) return;
    this.list.push({ rule: rule.id, severity: rule.severity, code: rule.code, message: text, fix: fix ? this.say(fix, params) : rule.fix[this.lang] });
  }

  /**
   * Takes over the findings of a scratch collector (a bundle's pieces are read before their roles are known);
   * returns how many it had.
   */
  absorb(other: Findings): number {
    for (const f of other.list) if (this.allows(f.rule) && !this.list.some((x) => x.rule === f.rule && x.message === f.message)) this.list.push(f);
    return other.list.length;
  }

  /**
   * Says again, in place, a finding already made (`was`, its text): a note written while the files were read,
   * corrected once the path is known (what of a PKCS#12 file is really sent).
   */
  reword(ruleId: string, was: string, message: Message, params: Params = {}): void {
    const found = this.list.find((x) => x.rule === ruleId && x.message === was);
    if (found) found.message = this.say(message, params);
  }

  /** Takes back a finding already made (`was`, its text): a note about an input that turned out not to be sent. */
  drop(ruleId: string, was: string): void {
    const i = this.list.findIndex((x) => x.rule === ruleId && x.message === was);
    if (i >= 0) this.list.splice(i, 1);
  }

  /** Whether a finding of one of `ruleIds` was made. */
  has(ruleIds: readonly string[]): boolean {
    return this.list.some((f) => ruleIds.includes(f.rule));
  }

  get errorCount(): number {
    return this.list.filter((f) => f.severity === 'error').length;
  }

  /** Errors first, then warnings, then info; within a severity, in the order the checks ran. */
  sorted(): Finding[] {
    return this.list.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
  }
}
