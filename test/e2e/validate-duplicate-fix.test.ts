// The same certificate twice inside one file (a CA pasted twice into chain.pem, the leaf twice in fullchain.pem),
// through the built binary. Before, chain-duplicate's fix was the rule's, written for the leaf given again in a
// chain file ('with --cert cert.pem, pass --chain chain.pem, not fullchain.pem'), which is no fix for these: the
// fix now names the file to remove the repeated copy from. The leaf given again in a chain file keeps the rule's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures } from '../helpers/fixtures.js';
import { mint } from '../helpers/mint.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
const LEAF_FIX = 'Nothing blocks the upload (scm sends each certificate once); still, remove the repeat, as other tools send the file as it is: with --cert cert.pem, pass --chain chain.pem, not fullchain.pem.';

interface Finding { rule: string; message: string; fix: string }
async function duplicates(args: string[], lang = 'en', code = 0): Promise<Finding[]> {
  // Run in the folder, so that the files are named as given.
  const r = await runCli(['validate', ...args, '--key', 'leaf.key', '--json', '--lang', lang], { cwd: dir });
  expect(r.code, r.stderr).toBe(code);
  return (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.rule === 'chain-duplicate');
}

describeFixtures('chain-duplicate: the fix fits the repeat', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-dup-fix-'));
    mint(dir, 'root', { cn: 'Dup Root' });
    const inter = mint(dir, 'inter', { cn: 'Dup Inter', by: 'root' });
    const leaf = mint(dir, 'leaf', { cn: 'app.example.test', by: 'inter', leaf: true, days: 365 });
    writeFileSync(join(dir, 'chain-twice.pem'), inter + inter);
    writeFileSync(join(dir, 'chain-thrice.pem'), inter + inter + inter);
    writeFileSync(join(dir, 'leaf-twice.pem'), leaf + leaf + inter);
    writeFileSync(join(dir, 'fullchain.pem'), leaf + inter);
  });

  it('an intermediate twice in the chain file: remove the repeated copy from that file (en and zh)', async () => {
    const [f, ...more] = await duplicates(['--cert', 'leaf.pem', '--chain', 'chain-twice.pem']);
    expect(more).toEqual([]);
    expect(f!.message).toContain('CN=Dup Inter (certificate 2 in chain-twice.pem) repeats CN=Dup Inter (certificate 1 in chain-twice.pem)');
    expect(f!.fix).toBe('Nothing blocks the upload (scm sends each certificate once); still, remove the repeated copy from chain-twice.pem, as other tools send the file as it is: each certificate once, each followed by its issuer.');
    const [zh] = await duplicates(['--cert', 'leaf.pem', '--chain', 'chain-twice.pem'], 'zh');
    expect(zh!.fix).toBe('不影响上传（scm 只发送每张证书一次）；但仍建议从 chain-twice.pem 中删除重复的证书，因为其他工具会原样发送文件内容：每张证书只出现一次，且后面紧跟它的签发者。');
  });

  it('three copies: the repeated copies, one finding', async () => {
    const found = await duplicates(['--cert', 'leaf.pem', '--chain', 'chain-thrice.pem']);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toContain('remove the repeated copies from chain-thrice.pem');
  });

  it('the leaf twice in the --cert file: remove it from that file, not "pass --chain chain.pem"', async () => {
    const [f] = await duplicates(['--cert', 'leaf-twice.pem']);
    expect(f!.message).toContain('(certificate 2 in leaf-twice.pem) repeats the leaf certificate');
    expect(f!.fix).toContain('remove the repeated copy from leaf-twice.pem');
  });

  it('the leaf given again in the chain file (--chain fullchain.pem) keeps the rule\'s fix', async () => {
    const [f] = await duplicates(['--cert', 'leaf.pem', '--chain', 'fullchain.pem']);
    expect(f!.fix).toBe(LEAF_FIX);
  });

  it('one file given as both --cert and --chain is no repeat inside it: not "remove the repeated copy from leaf.pem"', async () => {
    // The leaf alone (chain-too-short, exit 1): a file of CAs given twice is merged (chain-merged), not repeated.
    const [f] = await duplicates(['--cert', 'leaf.pem', '--chain', 'leaf.pem'], 'en', 1);
    expect(f!.message).toContain('CN=app.example.test (certificate 1 in leaf.pem) repeats the leaf certificate');
    expect(f!.fix).toBe(LEAF_FIX);
  });
});
