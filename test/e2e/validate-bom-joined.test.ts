// PEM files saved by a Windows editor (each with a byte order mark) and joined with cat. OpenSSL strips a BOM from
// the first line of each read: the file's start, or the line just after an END line; a BOM after a blank line
// hides that block from it. scm called every BOM before a BEGIN line "indented", which OpenSSL refuses, so a
// fullchain.pem that nginx reads whole got an info saying nginx refuses it, and `scm check` said it needs attention.
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const BLANK = `${L('bom-joined-blank')}/fullchain.pem`;

describeFixtures('a BOM before a BEGIN line', () => {
  it('just after the END line before it (cat of two such files): no finding, and check finds nothing wrong', async () => {
    const r = await runCli(['validate', L('bom-joined'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    const c = await runCli(['check', `${L('bom-joined')}/fullchain.pem`, '--json']);
    expect(JSON.parse(c.stdout).targets[0].problems).toEqual([]);
  });

  it('after a blank line: an info naming the BOM, not indentation, en and zh; check says it needs attention', async () => {
    const r = await runCli(['validate', L('bom-joined-blank'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.severity, f.message, f.fix])).toEqual([[
      'input-repaired', 'info',
      `${BLANK} has a byte order mark (BOM, the invisible mark Windows editors write at the start of a file) before a -----BEGIN line that follows a blank line or other text, as where such files were joined: OpenSSL strips a BOM only at the start of the file or just after an END line, so it does not see that BEGIN line and skips the block, as nginx, Apache and HAProxy do; scm reads it and sends the PEM rewritten`,
      "nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, remove the BOM: `sed -i 's/^\\xEF\\xBB\\xBF//' FILE`, or save the files as UTF-8 without a BOM and join them again",
    ]]);
    const zh = await runCli(['validate', L('bom-joined-blank'), '--lang', 'zh']);
    expect(zh.stdout).toContain(`${BLANK} 中某个 -----BEGIN 行前有字节顺序标记（BOM，\`Windows\` 编辑器写在文件开头的不可见字符）`);
    const c = await runCli(['check', BLANK, '--json']);
    expect(c.code).toBe(1);
    expect(JSON.parse(c.stdout).targets[0].problems.map((p: any) => p.id)).toEqual(['openssl-unreadable']);
    expect(JSON.parse(c.stdout).targets[0].problems[0].message).toMatch(/has a byte order mark \(BOM, .*\) before a -----BEGIN line that follows a blank line or other text/);
  });

  // Each saved by Notepad (a BOM, no last newline) and joined: the END line ran into the BOM and the next BEGIN line,
  // which scm did not see as files joined: 'the certificate ... has no -----END CERTIFICATE----- line', exit 1.
  it('just after an END line on the same line (no newline between): the joined files repaired, as without a BOM', async () => {
    const r = await runCli(['validate', L('bom-joined-no-newline'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: any) => [f.rule, f.message.split(';')[0]])).toEqual([['input-repaired', `${L('bom-joined-no-newline')}/fullchain.pem has an END line run into the next BEGIN line (-----END ...----------BEGIN ...-----), as \`cat\` writes when a file does not end with a newline`]]);
    expect(doc.certificate.chain).toHaveLength(3);
  });
});
