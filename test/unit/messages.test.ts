// Every message table (src/**/messages.ts) in both languages: each message exists in English and Chinese,
// the two templates take the same {parameters}, and the Chinese text carries no English words outside
// what stays as it is in any language (codes, flags, file names, product and algorithm names: see
// test/helpers/english-words.ts).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format, placeholders, t, type Message } from '../../src/core/i18n.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { englishWords } from '../helpers/english-words.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function tables(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tables(path);
    // A table split by what it holds keeps the name: exchange-messages.ts beside messages.ts.
    return e.name === 'messages.ts' || e.name.endsWith('-messages.ts') ? [path] : [];
  });
}

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && 'en' in v && 'zh' in v && ['string', 'function'].includes(typeof (v as Message).en);

const files = tables(SRC);
/** Verbs a hint starts with when it tells the reader to act: the Chinese asks with 请 before them. */
const BARE_IMPERATIVE = /^(?:检查|换一个|调大|改用|加 |用同样|删除|设置|确认|问题解决后再次运行)(?!.*即可)/;
/** The same verbs, and 'run again once fixed' or 'wait until', opening a later clause of a hint. */
const BARE_CLAUSE = /^(?:检查|换一个|调大|改用|加 |用同样|删除|设置|确认|问题解决后|等 )/;
const SCM_COMMAND = new RegExp(`\\bscm (?:${[...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]), 'help'].join('|')})\\b`, 'g');

describe('message tables', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(relative(SRC, file), () => {
      it('every message has both languages, the same parameters, and Chinese without English words', async () => {
        const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        let seen = 0;
        for (const [tableName, table] of Object.entries(mod)) {
          if (typeof table !== 'object' || table === null) continue;
          for (const [id, message] of Object.entries(table as Record<string, unknown>)) {
            if (!isMessage(message)) continue;
            seen++;
            const where = `${tableName}.${id}`;
            expect(typeof message.zh, where).toMatch(/string|function/);
            if (typeof message.en === 'string' && typeof message.zh === 'string') {
              expect(new Set(placeholders(message.zh)), where).toEqual(new Set(placeholders(message.en)));
            }
            // Functions: render with every parameter a number, as counts are the reason for a function.
            const params = new Proxy({}, { get: () => 2, has: () => true }) as Record<string, number>;
            const zh = typeof message.zh === 'function' ? message.zh(params) : format(message.zh, {});
            const en = t('en', message, params);
            expect(en.length, where).toBeGreaterThan(0);
            expect(englishWords(zh), `${where}: ${zh}`).toEqual([]);
            // A command or flag the English names is named in the Chinese too (`scm show ID`, --force in both).
            const commands = new Set([...(en.match(SCM_COMMAND) ?? []), ...(en.match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? [])]);
            expect([...commands].filter((c) => !zh.includes(c)), `${where}: ${zh}`).toEqual([]);
            // A hint that tells the reader to do something asks, as the others do: 请检查…, not a bare 检查….
            if (id.endsWith('Hint')) expect(zh, where).not.toMatch(BARE_IMPERATIVE);
            // ... and so does a clause after the first (没有写入任何文件；加 --force 覆盖它们 read as an order), unless
            // it says what a step does (…即可, 可以…, 加 --force 则…) rather than telling the reader to take it, or a
            // 请 before it asks already (请先检查该文件；确认无误后…).
            if (id.endsWith('Hint')) {
              const clauses = zh.split('；');
              const orders = clauses.slice(1).filter((clause, i) => BARE_CLAUSE.test(clause) && !/即可|可以|可把|则/.test(clause) && !clauses.slice(0, i + 1).join('；').includes('请'));
              expect(orders, where).toEqual([]);
            }
          }
        }
        expect(seen).toBeGreaterThan(0);
      });
    });
  }
});
