// The manual pages are generated from the command definitions (src/commands/help/man.ts) and checked in;
// `npm run build` regenerates them. This fails when they drift, and checks what they hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manPage } from '../../src/commands/help/man.js';
import { EXIT_CODE_TABLE } from '../../src/commands/help/exit-codes.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import { englishWords } from '../helpers/english-words.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; man: string[]; files: string[] };
const FILES = { en: 'man/scm.1', zh: 'man/zh_CN/man1/scm.1' } as const;
const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
/** The text a reader sees: roff requests dropped, escapes undone. */
const shown = (roff: string): string[] => roff.split('\n').filter((l) => !l.startsWith('.')).map((l) => l.replace(/\\-/g, '-').replace(/\\e/g, '\\').replace(/\\&/g, '').replace(/\\f[BIRP]/g, ''));

describe.each(Object.entries(FILES))('%s manual page', (lang, file) => {
  const page = read(file);

  it('is what the command definitions make (else run npm run build)', () => {
    expect(page).toBe(manPage(lang as 'en' | 'zh', pkg.version));
  });

  it('documents every command, option and exit code', () => {
    const text = shown(page).join('\n') + page.replace(/\\-/g, '-');
    for (const cmd of COMMANDS) {
      expect(page).toContain(`.SS "scm ${cmd.name.replace(/-/g, '\\-')}`);
      for (const option of [...cmd.options, ...GLOBAL_OPTIONS].filter((o) => !o.hidden)) expect(text, option.flags).toContain(/--[a-z-]+/.exec(option.flags)![0]);
      for (const example of cmd.examples) expect(text).toContain(example.cmd);
    }
    for (const row of EXIT_CODE_TABLE) expect(text).toContain(row.meaning[lang as 'en' | 'zh']);
  });

  it(lang === 'zh' ? 'is left-aligned: justifying Chinese opens wide gaps around flags' : 'is justified, as man pages are', () => {
    const after = page.split('\n').slice(page.split('\n').findIndex((l) => l.startsWith('.TH ')) + 1);
    if (lang === 'zh') expect(after.slice(0, 2)).toEqual(['.ds AD l', '.ad l']);
    else expect(page).not.toMatch(/^\.ad /m);
  });

  // The Chinese texts put commands in backticks (the house style on a terminal); a manual page shows a command
  // in bold, and a backtick there is a stray mark (the page read “见 `scm emulator \-\-help`”).
  it('shows commands in bold, never between backticks (the examples\' shell lines aside)', () => {
    let inExample = false;
    const prose = page.split('\n').filter((line) => {
      if (line === '.nf') inExample = true;
      if (line === '.fi') inExample = false;
      return !inExample;
    });
    expect(prose.filter((line) => line.includes('`'))).toEqual([]);
    if (lang === 'zh') expect(page).toContain('见 \\fBscm emulator \\-\\-help\\fP');
  });

  it('is valid roff: a title, sections, no unescaped leading dot or quote in text', () => {
    expect(page).toMatch(/^\.\\" -\*- coding: UTF-8 -\*-\n/);
    expect(page).toMatch(new RegExp(`^\\.TH SCM 1 "" "scm-cli ${pkg.version.replace(/\./g, '\\.')}"`, 'm'));
    for (const line of page.split('\n')) if (!/^\.(\\"|TH|SH|SS|TP|B|PP|RS|RE|nf|fi|br|ad|ds)( |$)/.test(line)) expect(line).not.toMatch(/^['.]/);
  });
});

describe('packaging', () => {
  it('npm installs the English page and ships both', () => {
    expect(pkg.man).toEqual([`./${FILES.en}`]);
    expect(pkg.files).toContain('man');
  });

  it('the Chinese page says everything in Chinese (the examples\' commands aside)', () => {
    let inExample = false;
    const lines = read(FILES.zh).split('\n').flatMap((line) => {
      if (line === '.nf') inExample = true;
      if (line === '.fi') inExample = false;
      if (inExample && !line.startsWith('# ')) return [];
      return shown(line);
    });
    const ids = [...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]), 'help', 'exit-codes', 'environment'];
    const english = lines.filter((l) => englishWords(l, ids).length > 0);
    expect(english).toEqual([]);
  });
});
