// A chain that ends with an expired self-signed root (leaf, intermediate, root), through the built binary. Before,
// the root got chain-cert-expired with the generic fix 'get the current intermediate certificate from your CA',
// and chain-includes-root besides: two findings for one certificate, neither saying that the root need not be sent.
// SCM takes the chain (a warning); clients use the root of their own trust store. One finding, with that fix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures } from '../helpers/fixtures.js';
import { mint } from '../helpers/mint.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
// Past the root's 30 days, within the intermediate's and the leaf's.
const ENV = { SCM_NOW: new Date(Date.now() + 60 * 86_400_000).toISOString() };

describeFixtures('a chain ending with an expired self-signed root', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-expired-root-'));
    const root = mint(dir, 'root', { cn: 'Short Root', days: 30 });
    const inter = mint(dir, 'inter', { cn: 'Long Inter', by: 'root' });
    const leaf = mint(dir, 'leaf', { cn: 'app.example.test', by: 'inter', leaf: true, days: 365 });
    writeFileSync(join(dir, 'fullchain.pem'), leaf + inter + root);
    writeFileSync(join(dir, 'chain.pem'), inter + root);
  });

  it('validate: one finding, chain-cert-expired, whose fix is to remove the root (en and zh)', async () => {
    const r = await runCli(['validate', '--cert', join(dir, 'leaf.pem'), '--chain', join(dir, 'chain.pem'), '--key', join(dir, 'leaf.key'), '--json'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; message: string; fix: string }>;
    expect(findings.map((f) => f.rule)).toEqual(['chain-cert-expired']);
    expect(findings[0]!.message).toMatch(/^the chain ends with the self-signed root CN=Short Root, which expired on \d{4}-\d\d-\d\d; a client checks the chain against the roots in its own trust store, so the root need not be sent at all$/);
    expect(findings[0]!.fix).toBe('Remove CN=Short Root from the chain file and keep the intermediate(s): clients use the root in their own trust store, never the copy sent. If their copy has expired too, no client can build the chain: ask your CA for the intermediate that chains to its current root.');
    const zh = await runCli(['validate', '--cert', join(dir, 'fullchain.pem'), '--key', join(dir, 'leaf.key'), '--lang', 'zh'], { env: ENV });
    expect(zh.stdout).toContain('证书链以自签名根证书 CN=Short Root 结尾');
    expect(zh.stdout).toContain('请把 CN=Short Root 从证书链文件中删掉');
    expect(zh.stdout).not.toContain('chain-includes-root');
  });

  it('a root that has not expired yet is still noted (chain-includes-root)', async () => {
    const r = await runCli(['validate', '--cert', join(dir, 'fullchain.pem'), '--key', join(dir, 'leaf.key'), '--json']);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('chain-includes-root');
    expect(rules).not.toContain('chain-cert-expired');
  });

  it('check: the same words in its chain note', async () => {
    const r = await runCli(['check', join(dir, 'fullchain.pem'), '--json'], { env: ENV });
    const notes = JSON.parse(r.stdout).targets[0].chain.problems;
    expect(notes.map((p: { id: string }) => p.id)).toEqual(['chain-cert-expired']);
    expect(notes[0].message).toContain('so the root need not be sent at all');
  });
});
