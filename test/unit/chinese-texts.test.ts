// The texts that are data rather than message tables: command definitions (what --help, the completions and
// the man page say), the help topics, the error catalogue. Each exists in both languages, and the Chinese
// carries no English words outside codes, ids, flags, paths and product names.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import type { Text } from '../../src/core/i18n.js';
import { ENVIRONMENT } from '../../src/commands/help/environment.js';
import { EXIT_CODE_TABLE } from '../../src/commands/help/exit-codes.js';
import { ROOT_EXAMPLES } from '../../src/commands/help/root.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import { englishWords } from '../helpers/english-words.js';

const commandIds = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
/** `scm <command>` as a text names it: what the English tells the reader to run, the Chinese must too. */
const SCM_COMMAND = new RegExp(`\\bscm (?:${[...commandIds, 'help'].join('|')})\\b`, 'g');
/** And the flags it names (--if-changed, --pfx-password-file): the reader types them as they stand. */
const FLAG = /(?<![\w-])--[a-z][a-z0-9-]*/g;
const commandsMissing = (text: Text): string[] =>
  [...new Set([...(text.en.match(SCM_COMMAND) ?? []), ...(text.en.match(FLAG) ?? [])])].filter((c) => !text.zh.includes(c));

function check(where: string, text: Text): void {
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(text.zh.trim(), `${where} (zh)`).not.toBe('');
  expect(text.en, `${where} (en)`).not.toMatch(/[\u4e00-\u9fff]/);
  expect(englishWords(text.zh, commandIds), `${where}: ${text.zh}`).toEqual([]);
  // A command or flag the English names (`id=$(scm upload ...)`, `scm show ID`, --force) is named in the Chinese as well.
  expect(commandsMissing(text), `${where}: ${text.zh}`).toEqual([]);
}

describe('command definitions', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: summary, arguments, options and example notes', (name, spec) => {
    check(`${name} summary`, spec.summary);
    for (const arg of spec.args) check(`${name} <${arg.name}>`, arg.description);
    for (const option of spec.options) check(`${name} ${option.flags}`, option.description);
    for (const example of spec.examples) check(`${name} example ${example.cmd}`, example.note);
  });

  it('global options and the root examples', () => {
    for (const option of GLOBAL_OPTIONS) check(option.flags, option.description);
    for (const example of ROOT_EXAMPLES) check(example.cmd, example.note);
  });
});

describe('help topics', () => {
  it('exit codes', () => {
    for (const row of EXIT_CODE_TABLE) check(`exit ${row.code}`, row.meaning);
  });

  it('environment', () => {
    for (const { group, vars } of ENVIRONMENT) {
      check(group.en, group);
      for (const v of vars) check(v.names.join(', '), v.meaning);
    }
  });
});

describe('error catalogue', () => {
  it.each(CATALOGUE.map((e) => [e.code, e] as const))('%s: cause, fix and notes', (code, e) => {
    check(`${code} description`, e.description);
    check(`${code} fix`, e.fix);
    for (const note of e.notes ?? []) check(`${code} note`, note);
  });
});
