// `scm check --within` through the built binary when the served intermediate expires before the leaf: a real
// `openssl s_server` sends a 100-year leaf with its intermediate reissued for 50 years (same key, same root), the
// clock (SCM_NOW) put 18 days before that intermediate's end. Clients cannot build the chain from then on, so the
// cron gate must not pass; a file's chain is reported as a chain note (a chain file mends it).
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';

type Problem = { id: string; message: string };
const started: SServer[] = [];
const dir = mkdtempSync(join(tmpdir(), 'scm-check-chain-expiring-'));
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const INTER = 'pki/inter-rsa-50y-same-root.crt';
/** 18 days (and some hours) before the intermediate's notAfter; the leaf has about 50 years left then. */
const now = (): string => new Date(Date.parse(new X509Certificate(readFileSync(fixture(INTER))).validTo) - 18.5 * 86_400_000).toISOString();

describeFixtures('scm check --within: a served intermediate that expires before the leaf', () => {
  it('within --within days: chain-cert-expiring-soon, exit 1, in both languages; beyond it: ok', async () => {
    const s = await sServer(['-cert', fixture('cases/rsa.crt'), '-key', fixture('cases/rsa.key'), '-cert_chain', fixture(INTER)]);
    started.push(s);
    const target = `127.0.0.1:${s.port}`;
    const env = { SCM_NOW: now() };
    const r = await runCli(['check', target, '--servername', 'rsa.example.com', '--within', '30', '--json'], { env });
    const row = JSON.parse(r.stdout).targets[0];
    expect([r.code, row.problems.map((p: Problem) => p.id)]).toEqual([1, ['chain-cert-expiring-soon']]);
    expect(row.problems[0].message).toMatch(/^CN=SCM Test Intermediate R2 in the chain expires on \d{4}-\d\d-\d\d, in 18 days, before CN=rsa\.example\.com \(.*\): from then on clients cannot build the chain$/);
    const zh = await runCli(['check', target, '--servername', 'rsa.example.com', '--lang', 'zh'], { env });
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringMatching(/ {2}✗ 证书链中的 CN=SCM Test Intermediate R2 将于 \S+ 过期（还剩 18 天），早于 CN=rsa\.example\.com/)]);
    const later = await runCli(['check', target, '--servername', 'rsa.example.com', '--within', '10'], { env });
    expect(later.code).toBe(0);
  });

  it('a file: a chain note, not the verdict (exit 0)', async () => {
    const file = join(dir, 'fullchain.pem');
    writeFileSync(file, readFileSync(fixture('cases/rsa.crt'), 'utf8') + readFileSync(fixture(INTER), 'utf8'));
    const r = await runCli(['check', file, '--within', '30', '--json'], { env: { SCM_NOW: now() } });
    const row = JSON.parse(r.stdout).targets[0];
    expect([r.code, row.problems, row.chain.problems.map((p: Problem) => p.id)]).toEqual([0, [], ['chain-cert-expiring-soon']]);
  });
});
