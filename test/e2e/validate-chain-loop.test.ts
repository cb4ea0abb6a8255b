// Two CAs that issued each other (Loop A by Loop B, Loop B by Loop A), given after the leaf, through the built
// binary. Before, the chain shown ended with 'CN=Loop A (issuer of CN=Loop B, not included)', though Loop A is in
// the chain: what is wrong is that the chain goes round in a circle and reaches no root. The line says so now, and
// --json lists no missing issuer for it. Followed by Loop A's self-signed copy, the path is leaf and root, and the
// cross-issued pair is a route that links by name, which SCM accepts (each certificate followed by its issuer's
// name): before, Loop B was a chain-broken error, 'did not issue any certificate of this chain', though it issued
// certificate 2; now it is noted with that copy (chain-alternative-sent), and the upload passes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures } from '../helpers/fixtures.js';
import { mint } from '../helpers/mint.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeFixtures('a chain that goes round in a circle', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-loop-'));
    mint(dir, 'a', { cn: 'Loop A' });
    mint(dir, 'b', { cn: 'Loop B' });
    const aByB = mint(dir, 'a', { cn: 'Loop A', by: 'b', out: 'a-by-b' });
    const bByA = mint(dir, 'b', { cn: 'Loop B', by: 'a', out: 'b-by-a' });
    const leaf = mint(dir, 'leaf', { cn: 'app.example.test', by: 'a', leaf: true, days: 365 });
    writeFileSync(join(dir, 'loop.pem'), leaf + aByB + bByA);
    writeFileSync(join(dir, 'loop-root.pem'), leaf + aByB + bByA + readFileSync(join(dir, 'a.pem'), 'utf8'));
  });

  it('validate: the chain line says the issuer is already in the chain, not that it is missing (en and zh)', async () => {
    const r = await runCli(['validate', '--cert', join(dir, 'loop.pem'), '--key', join(dir, 'leaf.key')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('→ CN=Loop A again (issuer of CN=Loop B, already in the chain: the chain goes round in a circle and reaches no root)');
    expect(r.stdout).not.toContain('not included');
    const zh = await runCli(['validate', '--cert', join(dir, 'loop.pem'), '--key', join(dir, 'leaf.key'), '--lang', 'zh']);
    expect(zh.stdout).toContain('→ 再次回到 CN=Loop A（CN=Loop B 的签发者，已在证书链中：证书链绕成了一个圈，到不了根证书）');
  });

  it('--json: the path lists the leaf and both CAs, and no missing issuer', async () => {
    const r = await runCli(['validate', '--cert', join(dir, 'loop.pem'), '--key', join(dir, 'leaf.key'), '--json']);
    const path = JSON.parse(r.stdout).certificate.path as Array<{ subject: string; role: string }>;
    expect(path.map((p) => [p.subject, p.role])).toEqual([['CN=app.example.test', 'leaf'], ['CN=Loop A', 'intermediate'], ['CN=Loop B', 'intermediate']]);
  });

  it('followed by the root: the cross-issued pair links by name, a note each, no error (en and zh)', async () => {
    const r = await runCli(['validate', '--cert', 'loop-root.pem', '--key', 'leaf.key', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; message: string }>;
    expect(findings.map((f) => f.rule)).toEqual(['chain-alternative-sent', 'chain-alternative-sent']);
    expect(findings[1]!.message).toBe('CN=Loop B (certificate 3 in loop-root.pem) issued CN=Loop A (certificate 2 in loop-root.pem), the copy the path does not use, and leads back to a CA of the path; it is sent as given, and as each certificate is still followed by its issuer by name, SCM accepts the chain: remove it with that copy to keep it short');
    const zh = await runCli(['validate', '--cert', 'loop-root.pem', '--key', 'leaf.key', '--lang', 'zh'], { cwd: dir });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('CN=Loop B（loop-root.pem 中的第 3 张证书）签发了路径上未使用的那一份副本');
  });

  it('check: the file is complete and in order, with no problem', async () => {
    const r = await runCli(['check', 'loop-root.pem', '--json'], { cwd: dir });
    const chain = JSON.parse(r.stdout).targets[0].chain;
    expect([chain.complete, chain.inOrder, chain.problems]).toEqual([true, true, []]);
  });
});
