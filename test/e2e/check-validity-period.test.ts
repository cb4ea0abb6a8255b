// `scm check` through the built binary on a leaf valid longer than the Baseline Requirements allow for its issue
// date (leaf-validity-too-long, src/core/validate/validity-period.ts): check runs validate's leaf rules that clients
// or CAs act on (the rule table's `served`), so it is the leaf's own problem, for a file as for a server, and the
// target needs attention (exit 1), as a leaf Go refuses (serial-negative) does. Clock: SCM_NOW inside the leaf.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

type Problem = { id: string; message: string };
const fullchain = (leaf: string): string => readFileSync(fixture(`cases/${leaf}`), 'utf8') + readFileSync(fixture('cases/lifetime-2020-chain.pem'), 'utf8');
/** A day after 2026-03-15, when lifetime-sc081-200-* were issued. */
const env = { SCM_NOW: '2026-03-16T00:00:00Z' };

describeFixtures('scm check: a leaf valid for longer than its issue date allows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scm-check-validity-'));
  const servers: Server[] = [];
  afterAll(() => { for (const s of servers) s.close(); rmSync(dir, { recursive: true, force: true }); });
  const file = (leaf: string): string => { const p = join(dir, leaf.replace(/\.crt$/, '-fullchain.pem')); writeFileSync(p, fullchain(leaf)); return p; };

  it('a file: leaf-validity-too-long among its problems, exit 1, en and zh; the same leaf within the cap: ok', async () => {
    const r = await runCli(['check', file('lifetime-sc081-200-over.crt'), '--json'], { env });
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout).targets[0];
    expect(row.problems.map((p: Problem) => p.id)).toEqual(['leaf-validity-too-long']);
    expect(row.problems[0].message).toMatch(/^CN=rsa\.example\.com was issued on 2026-03-15 .* valid for 201 days, until 2026-10-01: since 2026-03-15 the Baseline Requirements \(ballot SC-081\) allow a publicly trusted leaf at most 200 days/);
    const zh = await runCli(['check', file('lifetime-sc081-200-over.crt'), '--lang', 'zh'], { env });
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining('规定公共信任的服务器证书有效期最多 200 天')]);
    const at = await runCli(['check', file('lifetime-sc081-200-at.crt'), '--json'], { env });
    expect([at.code, JSON.parse(at.stdout).targets[0].problems]).toEqual([0, []]);
  });

  it('a server sending it: the same problem, exit 1', async () => {
    const s = createTlsServer({ cert: fullchain('lifetime-sc081-200-over.crt'), key: readFileSync(fixture('cases/rsa.key')) }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    const port = await new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)));
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'rsa.example.com', '--json'], { env });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets[0].problems.map((p: Problem) => p.id)).toEqual(['leaf-validity-too-long']);
  });
});
