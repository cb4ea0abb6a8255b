// Every row of the user's error-code table is in the catalogue, verbatim, with English texts and a real fix.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, entryFor } from '../../src/core/catalogue/index.js';
import { seedTextOf } from '../../src/core/catalogue/seed-codes.js';
import { loadSeedTable, SEED_TABLE_PATH } from '../helpers/seed-table.js';

const rows = loadSeedTable();
// Rows whose fix column holds an internal remark rather than a fix (see issue 2).
const REMARK_ROWS = new Set(['SCM.0008', 'SCM.0010', 'SCM.0013']);

describe('seed table', () => {
  it('has the 34 rows the issue names', () => {
    expect(rows).toHaveLength(34);
  });

  it('is the same file as the shared reference, when that is present', () => {
    const shared = new URL('../../../shared/seed/scm-error-codes.md', import.meta.url);
    if (!existsSync(shared)) return; // a clean clone elsewhere has only the checked-in copy
    expect(readFileSync(SEED_TABLE_PATH, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});

describe.each(rows)('$code', (row) => {
  const entry = entryFor(row.code);

  it('is in the catalogue as a seed row with the table status', () => {
    expect(entry).toBeDefined();
    expect(entry!.origin).toBe('seed');
    expect(entry!.status).toBe(row.status);
  });

  it('keeps the row verbatim: the Chinese message, and the description and fix columns in `seed`', () => {
    expect(entry!.message.zh).toBe(row.message);
    expect(seedTextOf(row.code)).toEqual({ description: row.description, fix: row.fix });
  });

  it('keeps a remark for the service\'s developers verbatim (seedRemark), with a real fix and a note', () => {
    if (REMARK_ROWS.has(row.code)) {
      expect(entry!.seedRemark).toBe(row.fix);
      expect(entry!.fix.zh).not.toBe(row.fix);
      expect(entry!.notes?.length ?? 0).toBeGreaterThan(0);
    } else {
      expect(entry!.seedRemark).toBeUndefined();
    }
  });

  it('has a Chinese cause and a fix that says more than the table when the table only says "give the right one"', () => {
    expect(entry!.description.zh).not.toBe(entry!.message.zh);
    if (/^请(填写|传递|上传|选择)(正确|已绑定|存在)/.test(row.fix)) {
      expect(entry!.fix.zh).not.toBe(row.fix);
      expect(entry!.fix.zh.length).toBeGreaterThan(row.fix.length);
    }
  });

  it('has English message, description and fix', () => {
    for (const field of ['message', 'description', 'fix'] as const) {
      expect(entry![field].en.trim().length).toBeGreaterThan(5);
      expect(entry![field].en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('links to Huawei\'s error page', () => {
    expect(entry!.docs.en).toMatch(/^https:\/\/support\.huaweicloud\.com\//);
    expect(entry!.docs.zh).toMatch(/^https:\/\/support\.huaweicloud\.com\//);
  });
});

describe('remarks kept as facts a user benefits from', () => {
  it.each([
    ['SCM.0008', /different user|another account/],
    ['SCM.0010', /403/],
    ['SCM.0013', /500/],
    ['SCM.0038', /decrypt/i],
  ])('%s', (code, fact) => {
    const notes = entryFor(code)!.notes ?? [];
    expect(notes.some((n) => fact.test(n.en))).toBe(true);
  });
});

describe('every code', () => {
  it.each(CATALOGUE.map((e) => [e.code, e] as const))('%s has a cause line in both languages (not its message again)', (_, e) => {
    for (const lang of ['en', 'zh'] as const) expect(e.description[lang], lang).not.toBe(e.message[lang]);
  });

  it('SCM.0032 says what a name is made of, in both languages', () => {
    const fix = entryFor('SCM.0032')!.fix;
    for (const text of [fix.en, fix.zh]) for (const part of ['3', '63', '_', '-', '.']) expect(text).toContain(part);
  });
});

describe('codes beyond the seed table', () => {
  it.each(['SCM.0003', 'SCM.0006', 'SCM.0011', 'SCM.0016', 'SCM.0023', 'SCM.0024', 'SCM.0028', 'SCM.0053', 'SCM.0054', 'SCM.0079', 'SCM.0109', 'SCM.0114'])(
    '%s is a published code',
    (code) => expect(entryFor(code)?.origin).toBe('published'),
  );

  it('includes API gateway authentication errors, marked as such', () => {
    const gateway = CATALOGUE.filter((e) => e.origin === 'gateway');
    expect(gateway.map((e) => e.code)).toContain('APIGW.0301');
    for (const e of gateway) expect(e.code).toMatch(/^APIGW\.\d{4}$/);
  });

  it('has no duplicate codes', () => {
    const codes = CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
