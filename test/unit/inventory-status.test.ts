// `scm list --status S` on scm's side too: a server that ignores ListCertificates' `status` (or answers with
// more than asked) must not turn `--status UPLOAD` into every certificate. Only a row whose own fields say it
// is not S goes: SCM may report an expired imported certificate as EXPIRED (kept by UPLOAD) and, undocumented,
// an expired one under its former status (kept by EXPIRED); a row without a status cannot be judged and stays.
import { describe, expect, it } from 'vitest';
import { selectRows, toRow } from '../../src/core/inventory/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const rows = [
  toRow({ id: 'up', status: 'UPLOAD', expire_time: '2027-01-01 00:00:00.0' }),
  toRow({ id: 'up-old', status: 'UPLOAD', expire_time: '2026-01-01 00:00:00.0' }),
  toRow({ id: 'exp-imported', status: 'EXPIRED', expire_time: '2026-01-01 00:00:00.0' }),
  toRow({ id: 'exp-bought', status: 'EXPIRED', brand: 'GLOBALSIGN', expire_time: '2026-01-01 00:00:00.0' }),
  toRow({ id: 'issued', status: 'ISSUED', brand: 'GLOBALSIGN', expire_time: '2027-01-01 00:00:00.0' }),
  toRow({ id: 'issued-lower', status: 'issued', brand: 'GLOBALSIGN' }),
  toRow({ id: 'none', expire_time: '2027-01-01 00:00:00.0' }),
];
const ids = (status: string): string[] => selectRows(rows, { status }, NOW).map((r) => r.id);

describe('--status kept on scm side', () => {
  it('UPLOAD: the imported ones (EXPIRED without a brand too), and a row without a status', () => {
    expect(ids('UPLOAD')).toEqual(['up', 'up-old', 'exp-imported', 'none']);
  });
  it('EXPIRED: EXPIRED ones, and any whose expiry has passed', () => {
    expect(ids('EXPIRED')).toEqual(['up-old', 'exp-imported', 'exp-bought', 'none']);
  });
  it('ISSUED: that status alone, whatever its case', () => {
    expect(ids('ISSUED')).toEqual(['issued', 'issued-lower', 'none']);
  });
  it('ALL (or none asked) keeps every row', () => {
    expect(ids('ALL')).toEqual(rows.map((r) => r.id));
    expect(selectRows(rows, {}, NOW)).toEqual(rows);
  });
});
