// The rule table against what users read: the README's table of validate rules gives each rule's severity and
// SCM code, and scripts filter on them (docs/cli-contract.md), so the table and the README must say the same.
// Tests that build expected findings from the table itself cannot see a code changed in it; this one can.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUSH_RULES } from '../../src/core/rules/push-rules.js';
import { ruleById, RULES, rulesForCode } from '../../src/core/rules/table.js';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** rule id -> "severity code" from the README rows `| severity | SCM code(s) | `rule` (...), ... |`. */
function documented(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const [, severity, codes, rules] of readme.matchAll(/^\| (error|warning|info) \| ([^|]+) \| (.+) \|$/gm)) {
    const allowed = codes!.trim() === 'null' ? ['null'] : codes!.split('/').map((c) => c.trim());
    for (const [, id] of rules!.matchAll(/`([a-z0-9][a-z0-9-]*)`/g)) rows.set(id!, allowed.map((c) => `${severity} ${c}`));
  }
  return rows;
}

describe('the rule table', () => {
  const table = documented();

  it('gives every validate rule the severity and code the README documents', () => {
    expect([...table.keys()].sort()).toEqual(UPLOAD_RULES.map((r) => r.id).sort());
    for (const rule of UPLOAD_RULES) expect(table.get(rule.id), rule.id).toContain(`${rule.severity} ${rule.code}`);
  });

  it('pins the push rules', () => {
    expect(PUSH_RULES.map((r) => `${r.id} ${r.severity} ${r.code}`)).toEqual([
      'push-id-format error SCM.0020',
      'push-service error SCM.0030',
      'push-project-unknown error SCM.0069',
      'push-project-missing error SCM.0069',
      'push-cdn-project warning null',
    ]);
  });

  it('has unique ids, a title and a fix in both languages for each rule, and finds rules by id and code', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      for (const text of [rule.title, rule.fix]) expect(text.en.trim().length * text.zh.trim().length, rule.id).toBeGreaterThan(0);
      expect(ruleById(rule.id)).toBe(rule);
    }
    expect(ruleById('no-such-rule')).toBeUndefined();
    expect(rulesForCode('SCM.0069').map((r) => r.id)).toEqual(['push-project-unknown', 'push-project-missing', 'deploy-project-missing', 'deploy-project-unknown']);
    expect(rulesForCode('SCM.0015').map((r) => r.id)).toEqual(['domain-not-covered', 'domain-count-mismatch']);
    expect(rulesForCode('SCM.9999')).toEqual([]);
  });
});
