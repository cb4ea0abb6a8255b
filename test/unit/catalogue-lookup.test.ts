// Code normalisation, rule lookups, suggestions, search and code extraction from API bodies and logs.
import { describe, expect, it } from 'vitest';
import { classifyApiError, extractCodes, langFromEnv, normalizeCode, resolve, search, suggest, tidyQuery } from '../../src/core/catalogue/index.js';
import { explanationOf } from '../../src/core/catalogue/explanation.js';

describe('normalizeCode', () => {
  it.each(['SCM.0014', 'scm.0014', 'SCM0014', 'scm0014', 'scm-0014', 'SCM_0014', '0014', '14', ' 14 '])('%s → SCM.0014', (input) => {
    expect(normalizeCode(input)).toBe('SCM.0014');
  });
  it.each([['APIGW.0301'], ['apigw.0301'], ['APIG.0301'], ['apig0301']])('%s → APIGW.0301', (input) => {
    expect(normalizeCode(input)).toBe('APIGW.0301');
  });
  it.each(['', 'SCM', 'SCM.00145', '12345', 'key-mismatch', 'CDN.00010198'])('%j is not a code', (input) => {
    expect(normalizeCode(input)).toBeUndefined();
  });
});

describe('resolve', () => {
  it('finds a code with the offline rules that catch it', () => {
    const r = resolve('14');
    expect(r.kind).toBe('code');
    if (r.kind !== 'code') return;
    expect(r.entry.code).toBe('SCM.0014');
    expect(r.rules.map((rule) => rule.id)).toContain('key-mismatch');
  });

  it('finds a validate rule id, case-insensitively, with its SCM code', () => {
    const r = resolve('Key-Mismatch');
    expect(r.kind).toBe('rule');
    if (r.kind !== 'rule') return;
    expect(r.rule.code).toBe('SCM.0014');
    expect(r.entry?.code).toBe('SCM.0014');
  });

  it('suggests the nearest codes for an unknown one', () => {
    const r = resolve('SCM.0041');
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.suggestions).toContain('SCM.0014');
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('suggests rule ids for a misspelt rule', () => {
    expect(suggest('key-missmatch')).toContain('key-mismatch');
  });

  it('suggests nothing for something far from every code', () => {
    expect(suggest('completely-unrelated-words')).toEqual([]);
  });
});

describe('explanationOf', () => {
  it('gives the exit code scm uses for the code', () => {
    const exits = Object.fromEntries(['SCM.0014', 'SCM.1000', 'SCM.0002', 'SCM.0038', 'APIGW.0301', 'APIGW.0308'].map((c) => {
      const r = resolve(c);
      if (r.kind === 'unknown') throw new Error(c);
      return [c, explanationOf(r).exitCode];
    }));
    expect(exits).toEqual({ 'SCM.0014': 4, 'SCM.1000': 3, 'SCM.0002': 3, 'SCM.0038': 5, 'APIGW.0301': 3, 'APIGW.0308': 5 });
  });
});

describe('classifyApiError', () => {
  it('trusts the table for codes the service sends with another status', () => {
    expect(classifyApiError(403, 'SCM.0010')).toBe('rejected');
    expect(classifyApiError(500, 'SCM.0013')).toBe('rejected');
  });
  it('falls back to the HTTP status for unknown codes', () => {
    expect(classifyApiError(401, 'SCM.9999')).toBe('auth');
    expect(classifyApiError(403)).toBe('auth');
    expect(classifyApiError(429)).toBe('unavailable');
    expect(classifyApiError(503, 'XYZ.1')).toBe('unavailable');
    expect(classifyApiError(404)).toBe('rejected');
  });
});

describe('extractCodes', () => {
  it('reads an API error body with its message', () => {
    expect(extractCodes('{"error_code":"SCM.0014","error_msg":"The uploaded certificate does not match the private key."}')).toEqual([
      { code: 'SCM.0014', message: 'The uploaded certificate does not match the private key.' },
    ]);
  });

  it('reads a body nested one level deep', () => {
    expect(extractCodes('{"error":{"error_code":"SCM.0012","error_msg":"bad key"}}')).toEqual([{ code: 'SCM.0012', message: 'bad key' }]);
  });

  it('reads the gateway body and normalises APIG to APIGW', () => {
    const found = extractCodes('{"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIG.0301","request_id":"abc"}');
    expect(found[0]?.code).toBe('APIGW.0301');
  });

  it('finds every code in free log text, once each, in order', () => {
    const log = 'step 1 failed: SCM.0013\nretry... scm0014 then again SCM.0013 and APIGW.0301';
    expect(extractCodes(log).map((f) => f.code)).toEqual(['SCM.0013', 'SCM.0014', 'APIGW.0301']);
  });

  it('finds nothing in text without codes', () => {
    expect(extractCodes('all good\n{"ok":true}')).toEqual([]);
  });
});

describe('search', () => {
  it('matches English words across message, description and fix', () => {
    expect(search('mismatch').map((e) => e.code)).toContain('SCM.0014');
  });
  it('matches Chinese text', () => {
    const codes = search('私钥').map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['SCM.0012', 'SCM.0014', 'SCM.0059']));
  });
  it('requires every word', () => {
    expect(search('private key empty').map((e) => e.code)).toEqual(['SCM.0059']);
  });
});

describe('tidyQuery', () => {
  it.each([
    ['SCM.0014.', 'SCM.0014'], ['SCM.0014,', 'SCM.0014'], ['\uff33\uff23\uff2d\uff0e\uff10\uff10\uff11\uff14', 'SCM.0014'], ['\u201cSCM.0014\u201d\u3002', 'SCM.0014'],
    ['key-mismatch;', 'key-mismatch'], [' 14 ', '14'], ['SCM.0014', 'SCM.0014'],
  ])('%j → %j', (q, tidy) => expect(tidyQuery(q)).toBe(tidy));
});

describe('langFromEnv', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('%j → %s', (env, lang) => expect(langFromEnv(env)).toBe(lang));
});

describe('suggest: a code with no near spelling', () => {
  it('still gets the known codes of its family nearest in number (the contract: every unknown code prints the nearest)', () => {
    expect(suggest('SCM.9999')).toEqual(['SCM.4002', 'SCM.4001', 'SCM.1010']);
    expect(suggest('9999')).toEqual(['SCM.4002', 'SCM.4001', 'SCM.1010']);
    for (const s of suggest('SCM.9999')) expect(s.startsWith('SCM.')).toBe(true);
  });

  it('a near spelling still comes first, and a word that is no code may get none', () => {
    expect(suggest('SCM.0041')).toContain('SCM.0014');
    expect(suggest('zzzzzzzzzzzzzzzz')).toEqual([]);
  });
});
