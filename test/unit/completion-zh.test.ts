// `scm completion zsh --lang zh`: zsh shows each value's message (the `file` of `--cert='[...]:file:_files'`) and
// the heading of the command list ('scm command') above the candidates when a descriptions format is set, as
// many configurations do. The descriptions were Chinese, those labels English; they are the placeholders the
// Chinese help uses (<文件>, <证书ID>). The English script is the checked-in one (test/e2e/completion.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completionModel } from '../../src/commands/completion/model.js';
import { zshScript } from '../../src/commands/completion/zsh.js';
import { describeWithTool } from '../helpers/tools.js';

describe('the zsh script in Chinese', () => {
  const zh = zshScript(completionModel('zh'));
  const en = zshScript(completionModel('en'));

  it('labels values and arguments with the Chinese placeholders, and heads the commands in Chinese', () => {
    expect(zh).toContain(`--cert='[证书文件（PEM 或 DER；可以包含完整证书链，服务器证书在前）]:文件:_files'`);
    expect(zh).toContain(`'1:证书ID: '`);
    expect(zh).toContain(`_describe -t commands 'scm 命令' commands`);
    // No English label left: every message (between the description's ] and the action) is Chinese or a name.
    const labels = [...zh.matchAll(/\]:([^:']*):/g), ...zh.matchAll(/'\*?\d*:([^:']+):/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(50);
    expect([...new Set(labels.filter((l) => /^[a-z][a-z-]*$/.test(l)))]).toEqual([]);
  });

  it('the English script keeps its English labels', () => {
    expect(en).toContain(']:file:_files');
    expect(en).toContain(`_describe -t commands 'scm command' commands`);
  });
});

describeWithTool('zsh', 'the Chinese zsh script', () => {
  it('parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-zsh-zh-'));
    try {
      writeFileSync(join(dir, '_scm'), zshScript(completionModel('zh')));
      execFileSync('zsh', ['-n', join(dir, '_scm')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
