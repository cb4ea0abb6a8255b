// `scm explain` lookups at their edges: every spelling of a code (short ones like SCM.14 included), exact
// "did you mean" lists, search on words that appear only in the catalogue's own texts (not in codes or rule
// titles), codes pulled out of bodies and logs, and how an API status is classified at each boundary.
import { describe, expect, it } from 'vitest';
import { explanationOf } from '../../src/core/catalogue/explanation.js';
import { CATALOGUE, classifyApiError, entryFor, extractCodes, normalizeCode, resolve, search, suggest, textAt } from '../../src/core/catalogue/index.js';
import { seedTextOf } from '../../src/core/catalogue/seed-codes.js';
import { ruleById, RULES, rulesForCode } from '../../src/core/rules/table.js';
import { editDistance, nearest } from '../../src/core/similar.js';

const codes = (q: string): string[] => search(q).map((e) => e.code);

describe('normalizeCode: short and odd spellings', () => {
  it.each([
    ['SCM.14', 'SCM.0014'], ['scm.14', 'SCM.0014'], ['SCM14', 'SCM.0014'], ['scm 14', 'SCM.0014'], ['SCM_14', 'SCM.0014'],
    ['SCM-1', 'SCM.0001'], ['1', 'SCM.0001'], ['0', 'SCM.0000'], ['1000', 'SCM.1000'], [' scm.1000\n', 'SCM.1000'],
    ['APIGW.301', 'APIGW.0301'], ['apig.301', 'APIGW.0301'], ['APIGW-0301', 'APIGW.0301'], ['apigw 301', 'APIGW.0301'],
  ])('%j → %s', (input, code) => {
    expect(normalizeCode(input)).toBe(code);
  });

  it.each(['SCM.', 'SCM.00014', 'SCM..14', 'SCM. 14', 'SCMX.14', 'XSCM.14', 'SCM.14x', 'APIGX.0301', 'APIGW.', '12345', '1.4', '-14', 'SCM.-14', 'SCM.1 4'])('%j is not a code', (input) => {
    expect(normalizeCode(input)).toBeUndefined();
  });

  it('a rule id in any case, with whitespace around it, is that rule; a rule with no code is its own list of rules', () => {
    const r = resolve('  CHAIN-Broken \n');
    expect(r.kind === 'rule' && [r.rule.id, r.entry?.code, r.rules.map((x) => x.id)]).toEqual(['chain-broken', 'SCM.0079', rulesForCode('SCM.0079').map((x) => x.id)]);
    const expired = resolve('cert-expired');
    expect(expired.kind === 'rule' && [expired.entry, expired.rules]).toEqual([undefined, [ruleById('cert-expired')]]);
  });

  it('resolve takes the short form to the entry and its rules', () => {
    const r = resolve('SCM.14');
    expect(r.kind).toBe('code');
    expect(r.kind === 'code' && [r.entry.code, r.rules.map((x) => x.id)]).toEqual(['SCM.0014', ['key-mismatch']]);
  });
});

describe('did you mean: exact lists', () => {
  it.each([
    ['SCM.0041', ['SCM.0011', 'SCM.0014', 'SCM.0031']], // one swap or one digit away, alphabetical among equals
    ['0041', ['SCM.0011', 'SCM.0014', 'SCM.0031']],
    ['SCM.1001', ['SCM.1000', 'SCM.1004', 'SCM.1009']],
    ['SCM.9999', ['SCM.4002', 'SCM.4001', 'SCM.1010']], // no near spelling: the family's codes nearest in number
    ['key-missmatch', ['key-mismatch']],
    ['Key-Missmatch', ['key-mismatch']],
    ['domian-invalid', ['domain-invalid']],
    ['chain-brokn', ['chain-broken']],
    ['  chain-brokn  ', ['chain-broken']], // whitespace around is not a typo
    ['\tCERT-EXPIRD\n', ['cert-expired']],
    ['cert-expird', ['cert-expired']],
    ['weak-sig', []],
    ['completely-unrelated-words', []],
  ])('%s → %j', (query, list) => {
    expect(suggest(query)).toEqual(list);
    const r = resolve(query);
    expect(r.kind === 'unknown' ? r.suggestions : r.kind).toEqual(list);
  });

  it('a limit cuts the list, nearest first', () => {
    expect(suggest('SCM.0041', 1)).toEqual(['SCM.0011']);
    expect(suggest('SCM.0041', 5)).toHaveLength(5);
  });

  it('the candidates are distinct, so ties are broken by name alone', () => {
    const all = [...RULES.map((r) => r.id), ...CATALOGUE.map((e) => e.code)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('editDistance counts a swap of neighbours as one', () => {
    expect([editDistance('', ''), editDistance('abc', ''), editDistance('', 'ab'), editDistance('ab', 'ba'), editDistance('abc', 'acb'), editDistance('regoin', 'region'), editDistance('kitten', 'sitting'), editDistance('ca', 'abc')]).toEqual([0, 3, 2, 1, 1, 1, 3, 3]);
  });

  it('nearest allows a third of the candidate (at least 2), sorts by distance then name, and applies the key', () => {
    expect(nearest('abcdefxyz', ['abcdefghi', 'abcdefghx', 'abcdefgyz'])).toEqual(['abcdefgyz', 'abcdefghi', 'abcdefghx']);
    expect(nearest('abcdefxxxx', ['abcdefghij'])).toEqual([]); // 4 edits > 10/3
    expect(nearest('abcdefgxxx', ['abcdefghij'])).toEqual(['abcdefghij']); // 3 edits = floor(10/3)
    expect(nearest('axx', ['abc'])).toEqual(['abc']); // 2 edits, the floor of 2 for short words
    expect(nearest('xxx', ['abc'])).toEqual([]);
    expect(nearest('ABC', ['abd', 'abc'], 3, (s) => s.toLowerCase())).toEqual(['abc', 'abd']);
    expect(nearest('b', ['c', 'a'])).toEqual(['a', 'c']);
  });

  it('a word longer or shorter than a candidate by more than the edits allowed is passed over; by as many, still measured', () => {
    expect(nearest('abcdefghijxyz', ['abcdefghij'])).toEqual(['abcdefghij']); // 3 more letters = floor(10/3)
    expect(nearest('abcdefghijwxyz', ['abcdefghij'])).toEqual([]); // 4 more
    expect(nearest('abcdefg', ['abcdefghij'])).toEqual(['abcdefghij']); // 3 fewer
    expect(nearest('abcdef', ['abcdefghij'])).toEqual([]); // 4 fewer
    expect(nearest('a', ['abc'])).toEqual(['abc']); // 2 fewer: the floor of 2
    expect(nearest('ABCDEFGHIJXYZ', ['abcdefghij'], 3, (s) => s.toLowerCase())).toEqual(['abcdefghij']);
  });

  it('a word of 60 000 characters (a page given as a code) is compared with no candidate: no suggestion, at once', () => {
    // Measured, each candidate filled a table of the word's length: minutes for `scm explain "$(cat page.html)"`.
    const page = '<html>'.repeat(10_000);
    expect(suggest(page)).toEqual([]);
    expect(nearest(page, [...RULES.map((r) => r.id), ...CATALOGUE.map((e) => e.code)])).toEqual([]);
  });
});

describe('search: the catalogue texts in both languages, and the rules', () => {
  it.each([
    ['quota', ['SCM.0011', 'APIGW.0501']], // only in descriptions and fixes
    ['QUOTA', ['SCM.0011', 'APIGW.0501']],
    ['  quota   ', ['SCM.0011', 'APIGW.0501']],
    ['配额', ['SCM.0011', 'APIGW.0501']],
    ['signature', ['APIGW.0301', 'APIGW.0705']],
    ['mismatch', ['SCM.0014', 'SCM.0015']],
    ['private key empty', ['SCM.0059']],
    ['key-mismatch', ['SCM.0014']], // a rule id: found through the rules that catch the code
    ['domain-not-covered', ['SCM.0015']],
    ['0301', ['APIGW.0301']],
    ['apigw.0301', ['APIGW.0301']],
    ['revoked', []],
    ['stryker', []], // a word in no entry's texts
    ['', []],
    ['   ', []],
  ])('%j → %j', (query, list) => {
    expect(codes(query)).toEqual(list);
  });

  it('finds words that are only in a note, and only in a status variant text it does not search', () => {
    expect(codes('494')).toContain('APIGW.0201'); // in the note of APIGW.0201
  });

  it('a word never runs across two fields or two rules (each is matched on its own)', () => {
    for (const e of CATALOGUE) {
      const glued = `${e.code}${e.message.en.split(/\s+/)[0]}`.toLowerCase();
      expect(codes(glued), glued).not.toContain(e.code);
      const rules = rulesForCode(e.code);
      for (let i = 1; i < rules.length; i++) {
        const across = `${rules[i - 1]!.title.zh.slice(-1)}${rules[i]!.id}`;
        expect(codes(across), across).not.toContain(e.code);
      }
    }
  });
});

describe('extractCodes: bodies and logs', () => {
  it.each([
    ['{"error_code":"SCM.0014"}', [{ code: 'SCM.0014' }]],
    ['{"code":"scm14","message":"m"}', [{ code: 'SCM.0014', message: 'm' }]],
    ['{"error_code":"CDN.00010198","error_msg":"x"}', [{ code: 'CDN.00010198', message: 'x' }]],
    ['{"error_code":" weird ","error_msg":"x"}', [{ code: 'weird', message: 'x' }]],
    ['{"error_code":14}', []],
    ['[{"error_code":"SCM.0013"},{"error_code":"SCM.0012","error_msg":"k"}]', [{ code: 'SCM.0013' }, { code: 'SCM.0012', message: 'k' }]],
    ['{"error":{"error_code":"SCM.0012"},"other":{"code":"SCM.0012"}}', [{ code: 'SCM.0012' }]],
    ['{"a":null,"b":"SCM.0014"}', [{ code: 'SCM.0014' }]],
    ['null', []],
    ['[null, 3, "SCM.0001", {"error_code":"SCM.0014","error_msg":"m"}]', [{ code: 'SCM.0014', message: 'm' }, { code: 'SCM.0001' }]], // non-objects are skipped, not fatal
    ['[null, {"error":{"error_code":"SCM.0013","error_msg":"n"}}]', [{ code: 'SCM.0013', message: 'n' }]],
    ['log: apig-0301, SCM_0013 and xSCM.0014 or SCM.00145', [{ code: 'APIGW.0301' }, { code: 'SCM.0013' }]],
    ['{"error_code":"SCM.0014","error_msg":"m"}', [{ code: 'SCM.0014', message: 'm' }]],
    ['{"error_code":"SCM.0014","error_msg":"m"} then SCM.0015', [{ code: 'SCM.0014' }, { code: 'SCM.0015' }]], // a log line, not a body
  ])('%s', (text, found) => {
    expect(extractCodes(text)).toEqual(found);
  });
});

describe('classifyApiError at each status boundary', () => {
  it.each([
    [400, undefined, 'rejected'], [401, undefined, 'auth'], [403, undefined, 'auth'], [404, undefined, 'rejected'],
    [428, undefined, 'rejected'], [429, undefined, 'unavailable'], [430, undefined, 'rejected'], [499, undefined, 'rejected'],
    [500, undefined, 'unavailable'], [503, undefined, 'unavailable'],
    [403, 'SCM.0010', 'rejected'], [500, 'SCM.0013', 'rejected'], [400, 'SCM.0013', 'rejected'], [503, 'SCM.0014', 'rejected'],
    // An SCM business code the catalogue knows as a rejection or credentials error, with any 5xx: that answer.
    [500, 'SCM.0014', 'rejected'], [502, 'SCM.0005', 'rejected'], [599, 'scm.0008', 'rejected'], [500, 'SCM.1000', 'auth'], [500, 'SCM.4002', 'auth'],
    // ... but one whose own status is 5xx stays a server failure; an unknown SCM code and 429 go by the status.
    [500, 'SCM.4001', 'unavailable'], [503, 'SCM.0213', 'unavailable'], [500, 'SCM.9999', 'unavailable'], [429, 'SCM.0014', 'unavailable'],
    [400, 'APIGW.0301', 'auth'], [404, 'apig.0301', 'auth'], [499, 'SCM.1000', 'auth'], [500, 'APIGW.0301', 'unavailable'],
    [400, 'SCM.0014', 'rejected'], [400, 'NOT.A.CODE', 'rejected'],
    // A credentials code with another status stays what the status says outside 4xx.
    [429, 'APIGW.0301', 'unavailable'], [399, 'APIGW.0301', 'rejected'], [302, 'SCM.1000', 'rejected'], [400, 'SCM.1000', 'auth'],
  ] as const)('%i with %s → %s', (status, code, cls) => {
    expect(classifyApiError(status, code)).toBe(cls);
  });
});

describe('textAt: the text published for the status sent', () => {
  it('picks the variant for its status, else the entry text', () => {
    const e = entryFor('APIGW.0201')!;
    expect(textAt(e, 413).message.en).toBe('Request entity too large.');
    expect(textAt(e, 400)).toBe(e);
    expect(textAt(e, undefined)).toBe(e);
    expect(textAt(e, 418)).toBe(e);
    const plain = entryFor('SCM.0014')!;
    expect(textAt(plain, 500)).toBe(plain);
  });

  it('no variant repeats its entry\'s own status (so the entry text is the one for that status)', () => {
    for (const e of CATALOGUE) for (const v of e.variants ?? []) expect(v.status, e.code).not.toBe(e.status);
  });
});

describe('explanationOf: the --json object of scm explain', () => {
  const explain = (query: string, serverMessage?: string) => {
    const r = resolve(query);
    if (r.kind === 'unknown') throw new Error(`unknown ${query}`);
    return explanationOf(r, serverMessage);
  };

  it('a seed code: the user\'s row verbatim, and the remark its fix column held', () => {
    const x = explain('SCM.0008');
    const e = entryFor('SCM.0008')!;
    expect(x.seed).toEqual({ message: e.message.zh, ...seedTextOf('SCM.0008') });
    expect(x.seedRemark).toBe(e.seedRemark);
    expect(x.seedRemark).toMatch(/^这个是否需要修改/);
    expect(Object.keys(x)).toEqual(['schemaVersion', 'query', 'code', 'status', 'origin', 'message', 'description', 'fix', 'notes', 'seed', 'seedRemark', 'englishText', 'exitCode', 'rules', 'docs']);
  });

  it('a seed code without a remark, and a gateway code: no seed fields', () => {
    const x = explain('SCM.0014');
    expect(x.seed).toEqual({ message: entryFor('SCM.0014')!.message.zh, ...seedTextOf('SCM.0014') });
    expect('seedRemark' in x).toBe(false);
    const g = explain('APIGW.0301');
    expect('seed' in g || 'seedRemark' in g || 'serverMessage' in g).toBe(false);
    expect([g.code, g.status, g.origin, g.exitCode]).toEqual(['APIGW.0301', 401, 'gateway', 3]);
  });

  it('other statuses: each with its text and exit status, and whether it is published', () => {
    const x = explain('APIGW.0201');
    expect(x.otherStatuses!.map((o) => [o.status, o.exitCode, o.published])).toEqual(entryFor('APIGW.0201')!.variants!.map((v) => [v.status, v.status >= 500 ? 5 : 4, v.status !== 500]));
    expect(x.otherStatuses!.find((o) => o.status === 500)!.published).toBe(false);
    expect(x.otherStatuses!.find((o) => o.status === 413)!.published).toBe(true);
  });

  it('the server\'s own message when there was one, not otherwise; a rule id explains itself', () => {
    expect(explain('SCM.0014', 'key does not match').serverMessage).toBe('key does not match');
    expect('serverMessage' in explain('SCM.0014')).toBe(false);
    const rule = explain('cert-expired');
    expect([rule.code, rule.origin, rule.exitCode, rule.rule?.id, rule.rules.map((r) => r.id)]).toEqual([null, 'rule', null, 'cert-expired', ['cert-expired']]);
  });
});

describe('every catalogue entry is complete', () => {
  it('a code, an error status, and message, description and fix in both languages (variants too)', async () => {
    const { CATALOGUE } = await import('../../src/core/catalogue/index.js');
    expect(CATALOGUE.length).toBeGreaterThan(70);
    const seen = new Set<string>();
    for (const e of CATALOGUE) {
      expect(e.code, e.code).toMatch(/^(SCM|APIGW)\.\d{4}$/);
      expect(seen.has(e.code), e.code).toBe(false);
      seen.add(e.code);
      expect(e.status, e.code).toBeGreaterThanOrEqual(400);
      expect(e.status, e.code).toBeLessThan(600);
      expect(['seed', 'published', 'gateway'], e.code).toContain(e.origin);
      expect(e.origin === 'gateway', e.code).toBe(e.code.startsWith('APIGW.'));
      for (const t of [e.message, e.description, e.fix, e.docs, ...(e.notes ?? [])]) {
        expect(t.en.trim(), e.code).not.toBe('');
        expect(t.zh.trim(), e.code).not.toBe('');
      }
      for (const v of e.variants ?? []) for (const t of [v.message, v.description, v.fix]) expect(t.en.trim() && t.zh.trim(), `${e.code} ${v.status}`).not.toBe('');
      expect(entryFor(e.code)).toBe(e);
    }
    // SCM codes first, sorted; then the gateway's, sorted.
    const order = CATALOGUE.map((e) => e.code);
    const scm = order.filter((c) => c.startsWith('SCM.'));
    expect(order).toEqual([...scm.sort(), ...order.filter((c) => c.startsWith('APIGW.')).sort()]);
  });
});
