// The warning about a config file under .config/ (which scm does not search) suggests moving it up a level.
// It said "move it to ~/.scmrc" even when ~/.scmrc exists, advice that overwrites that file. Now, when the
// target exists, it says so and asks to merge the settings by hand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ignoredWarning } from '../../src/config/warnings.js';

let home: string;
let ignored: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'scm-dot-config-'));
  mkdirSync(join(home, '.config'));
  ignored = join(home, '.config', 'scmrc');
  writeFileSync(ignored, 'region: ap-southeast-1\n');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const warn = (lang: 'en' | 'zh') => ignoredWarning({ path: ignored, why: { reason: 'dot-config' } }, lang);

describe('the warning about a config file under .config/', () => {
  it('suggests moving it when nothing is in the way', () => {
    expect(warn('en')).toBe(`ignored ${ignored}: scm does not search .config/; move it to ${join(home, '.scmrc')}, or name it with --config ${ignored}`);
  });

  it('does not suggest moving it over an existing file: says the target exists, merge by hand (en, zh)', () => {
    const target = join(home, '.scmrc');
    writeFileSync(target, 'timeout: 30\n');
    expect(warn('en')).toBe(`ignored ${ignored}: scm does not search .config/, and ${target} already exists (moving it there would overwrite it): merge its settings into ${target} by hand, or name it with --config ${ignored}`);
    expect(warn('zh')).toBe(`已忽略 ${ignored}：scm 不在 .config/ 目录中查找配置，而 ${target} 已经存在（把它移过去会覆盖该文件）：请手动把其中的设置合并到 ${target}，或用 --config ${ignored} 指定`);
    expect(warn('en')).not.toContain('move it to');
  });
});
