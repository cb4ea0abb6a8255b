// Two CAs that issued each other (Loop A by Loop B, Loop B by Loop A), given after the leaf, through the built
// binary. Before, the chain shown ended with 'CN=Loop A (issuer of CN=Loop B, not included)', though Loop A is in
// the chain: what is wrong is that the chain goes round in a circle and reaches no root. The line says so now, and
// --json lists no missing issuer for it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
