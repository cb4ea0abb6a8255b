// `scm list` against a server looser than SCM (another emulator, a proxy that rewrites the query): one that
// ignores ListCertificates' `status` (the filter holds on scm's side too, so `--status UPLOAD` never lists
// bought ones), and one that ignores `limit` and `offset`, answering every request with all it holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CERTS = [
  { id: 'scs1700000000001', name: 'imported', domain: 'a.example.com', sans: '', expire_time: '2027-06-01 00:00:00.0', status: 'UPLOAD' },
  { id: 'scs1700000000002', name: 'bought', domain: 'b.example.com', sans: '', expire_time: '2027-06-01 00:00:00.0', status: 'ISSUED', brand: 'GLOBALSIGN' },
  { id: 'scs1700000000003', name: 'old-import', domain: 'c.example.com', sans: '', expire_time: '2026-01-01 00:00:00.0', status: 'EXPIRED' },
];
let server: Server;
let url: string;
let dir: string;
const queries: string[] = [];
/** What every list request gets: the three above, or (set by a test) many at once. */
let listed: unknown[] = CERTS;
/** Set by a test: pages of 50 counted from 1, offset 0 read as 1 (a server that numbers pages as people do). */
let pagesFromOne = false;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-status-'));
  // Signatures are not checked: this server stands for one that answers every list the same way.
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    queries.push(u.search);
    res.writeHead(u.pathname === '/v3/scm/certificates' ? 200 : 404, { 'content-type': 'application/json' });
    const page = Math.max(Number(u.searchParams.get('offset') ?? 0), 1) - 1;
    const certificates = pagesFromOne ? listed.slice(page * 50, page * 50 + 50) : listed;
    res.end(JSON.stringify(u.pathname === '/v3/scm/certificates' ? { certificates, total_count: listed.length } : { error_code: 'SCM.0008', error_msg: 'not found' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]) => runCli(args, { env: { HOME: dir, SCM_ENDPOINT: url, HUAWEICLOUD_SDK_AK: 'AKLOOSESERVER', HUAWEICLOUD_SDK_SK: 'sk-loose-server', SCM_NOW: '2026-06-01' } });

describe('scm list --status against a server that ignores it', () => {
  it('UPLOAD lists the imported ones (an EXPIRED one without a brand too), never a bought one', async () => {
    const r = await run(['list', '--status', 'UPLOAD', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('scs1700000000001\nscs1700000000003\n');
    expect(queries.at(-1)).toContain('status=UPLOAD');
  });

  it('ISSUED and EXPIRED: that status alone (--json too); nothing of it is exit 0, said on stderr', async () => {
    const issued = await run(['list', '--status', 'ISSUED', '--json']);
    expect(issued.code).toBe(0);
    expect((JSON.parse(issued.stdout) as { certificates: { id: string }[] }).certificates.map((c) => c.id)).toEqual(['scs1700000000002']);
    expect((await run(['list', '--status', 'EXPIRED', '-q'])).stdout).toBe('scs1700000000003\n');
    const none = await run(['list', '--status', 'REVOKED', '--lang', 'zh']);
    expect([none.code, none.stdout]).toEqual([0, '']);
    expect(none.stderr).toContain('没有符合条件的证书');
  });
});

describe('scm list against a server that ignores limit and offset', () => {
  it('120 certificates in one answer, as many as total_count: all listed, complete, no warning, one request', async () => {
    listed = Array.from({ length: 120 }, (_, i) => ({ id: `scs17000000${String(i).padStart(5, '0')}`, name: `c${i}`, domain: `h${i}.example.com`, expire_time: '2027-06-01 00:00:00.0', status: 'UPLOAD' }));
    const before = queries.length;
    try {
      const r = await run(['list', '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { certificates: unknown[]; complete: boolean; incomplete?: unknown };
      expect([doc.certificates.length, doc.complete, doc.incomplete]).toEqual([120, true, undefined]);
      expect(r.stderr).not.toContain('warning');
      expect(queries.length - before).toBe(1);
    } finally {
      listed = CERTS;
    }
  });
});

describe('scm list against a server that numbers its pages from 1', () => {
  // Offset 1 is then the first page again: that alone is no proof that offset is ignored; offset 2 tells.
  it.each([70, 120])('%i certificates: all listed, complete', async (n) => {
    listed = Array.from({ length: n }, (_, i) => ({ id: `scs17000000${String(i).padStart(5, '0')}`, name: `c${i}`, domain: `h${i}.example.com`, expire_time: '2027-06-01 00:00:00.0', status: 'UPLOAD' }));
    pagesFromOne = true;
    try {
      const r = await run(['list', '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { certificates: unknown[]; complete: boolean };
      expect([doc.certificates.length, doc.complete]).toEqual([n, true]);
      expect(r.stderr).not.toContain('warning');
    } finally {
      listed = CERTS;
      pagesFromOne = false;
    }
  });
});
