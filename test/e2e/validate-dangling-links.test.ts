// A bundle folder holding symbolic links to nothing (certbot's live/<name> copied without archive/, a key link left
// pointing at a renamed file): unreadable input (exit 2) naming each link and where it points, never "holds no
// files" nor a report without the key. Through the built binary, as the tester ran it.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'scm-dangling-'));
  // certbot's tree: live/x/*.pem are links to ../../archive/x/*1.pem; backup/ is live/x copied with `cp -r`.
  mkdirSync(join(tmp, 'le/archive/x'), { recursive: true });
  mkdirSync(join(tmp, 'le/live/x'), { recursive: true });
  for (const f of ['cert', 'chain', 'fullchain', 'privkey']) {
    cpSync(fixture(`bundles/rsa-ok/${f}.pem`), join(tmp, `le/archive/x/${f}1.pem`));
    symlinkSync(`../../archive/x/${f}1.pem`, join(tmp, `le/live/x/${f}.pem`));
  }
  cpSync(join(tmp, 'le/live/x'), join(tmp, 'backup/x'), { recursive: true, verbatimSymlinks: true });
  mkdirSync(join(tmp, 'half'));
  for (const f of ['fullchain', 'chain']) cpSync(fixture(`bundles/rsa-ok/${f}.pem`), join(tmp, `half/${f}.pem`));
  symlinkSync('../le/archive/x/privkey9.pem', join(tmp, 'half/privkey.pem'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describeFixtures('symbolic links to nothing in a bundle folder', () => {
  it('the original live/x validates (the links work there)', async () => {
    const r = await runCli(['validate', 'le/live/x'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it("a copy of live/x without archive/: exit 2 naming the links and their targets, with certbot's hint", async () => {
    const r = await runCli(['validate', 'backup/x'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'scm: cannot read 4 files in backup/x: they are symbolic links to files that do not exist: cert.pem -> ../../archive/x/cert1.pem, chain.pem -> ../../archive/x/chain1.pem, fullchain.pem -> ../../archive/x/fullchain1.pem, privkey.pem -> ../../archive/x/privkey1.pem\n' +
        "hint: certbot's live/ folders hold links into ../../archive/, which must be copied with them: copy with 'cp -rL' (it copies the files the links point to), or validate the folder under /etc/letsencrypt/live/ itself\n",
    );
    const zh = await runCli(['validate', 'backup/x', '--lang', 'zh'], { cwd: tmp });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^scm: 无法读取 backup\/x 中的 4 个文件：它们是指向不存在的文件的符号链接：cert\.pem -> \.\.\/\.\.\/archive\/x\/cert1\.pem、chain\.pem -> /);
    expect(zh.stderr).toMatch(/\n提示：certbot 的 live\/ 目录中是指向 \.\.\/\.\.\/archive\/ 的链接/);
  });

  it('scm check on the copy: the same hint ends the run (it was dropped: only the message was said), text, zh and --json', async () => {
    const r = await runCli(['check', 'backup/x'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^backup\/x: cannot check\n  ✗ cannot read 4 files in backup\/x: they are symbolic links/);
    expect(r.stderr).toMatch(/^scm: cannot read 4 files in backup\/x: .*\nhint: certbot's live\/ folders hold links into \.\.\/\.\.\/archive\/, which must be copied with them: copy with 'cp -rL'/);
    const zh = await runCli(['check', 'backup/x', '--lang', 'zh'], { cwd: tmp });
    expect(zh.stderr).toMatch(/\n提示：certbot 的 live\/ 目录中是指向 \.\.\/\.\.\/archive\/ 的链接/);
    const json = await runCli(['check', 'backup/x', '--json'], { cwd: tmp });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).targets[0].problems.map((p: any) => p.id)).toEqual(['unreadable']);
    expect(JSON.parse(json.stderr.trim()).error).toMatchObject({ type: 'InputError', exitCode: 2, hint: expect.stringContaining("copy with 'cp -rL'") });
  });

  it('the folder above the copy points at it, as it does for links that work', async () => {
    const r = await runCli(['validate', 'backup'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\nhint: validate that folder: `scm validate backup\/x`\n$/);
  });

  it('only privkey.pem a link to nothing: exit 2 naming it and its target, as --key does, never key-empty', async () => {
    const r = await runCli(['validate', 'half'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'scm: cannot read half/privkey.pem: it is a symbolic link to ../le/archive/x/privkey9.pem, which does not exist\n' +
        'hint: copy the file itself into the folder, or make the link point to a file that exists\n',
    );
    const json = await runCli(['validate', 'half', '--json'], { cwd: tmp });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr.trim()).error).toMatchObject({ type: 'InputError', exitCode: 2 });
    const key = await runCli(['validate', '--cert', 'half/fullchain.pem', '--key', 'half/privkey.pem'], { cwd: tmp });
    expect(key.code).toBe(2);
  });

  it('among several folders, the copy is its own failed entry and the others are still validated (exit 2)', async () => {
    const r = await runCli(['validate', 'le/live/x', 'backup/x', '--json'], { cwd: tmp });
    expect(r.code).toBe(2);
    const bundles = JSON.parse(r.stdout).bundles;
    expect(bundles.map((b: any) => [b.path, b.valid])).toEqual([['le/live/x', true], ['backup/x', false]]);
    expect(bundles[1].error.message).toMatch(/^cannot read 4 files in backup\/x: they are symbolic links/);
  });
});
