// Through the built binary: `scm check scs170000000000` (an SCM id with a digit missing, or in upper case) was
// read as a file name and said only "cannot read scs170000000000: no such file", which hides that the id is
// what is wrong. It now says too that it is not a certificate id (scs followed by 13 digits). Exit 2 as
// before; nothing is sent, so no endpoint or credentials are needed. A file of that name is still read.
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-check-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scm check with a mistyped SCM id', () => {
  it('says the target is no file and not a certificate id either (en and zh)', async () => {
    const en = await runCli(['check', 'scs170000000000'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("scm: cannot read scs170000000000: no such file; 'scs170000000000' is not a certificate id either: scs followed by 13 digits, such as scs1700000000000\n");
    const zh = await runCli(['check', 'SCS1700000000000', '--lang', 'zh'], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^scm: .*SCS1700000000000.*；“SCS1700000000000”也不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000\n$/);
  });

  it('still reads a file of that name', async () => {
    copyFileSync(fixture('bundles/rsa-ok/fullchain.pem'), join(dir, 'scs12345'));
    const r = await runCli(['check', 'scs12345'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe('scm check --expect with a mistyped SCM id', () => {
  it('says it is no file and not a certificate id either (en and zh)', async () => {
    const target = fixture('bundles/rsa-ok');
    const en = await runCli(['check', target, '--expect', 'scs123'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("scm: cannot read scs123: no such file; 'scs123' is not a certificate id either: scs followed by 13 digits, such as scs1700000000000\n");
    const zh = await runCli(['check', target, '--expect', 'scs123', '--lang', 'zh'], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/；“scs123”也不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000\n$/);
  });
});
