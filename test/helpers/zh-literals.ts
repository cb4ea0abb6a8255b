// Every piece of Chinese text in src/, as the source holds it: each string or template literal with a CJK
// character, or the Chinese side of a message (`zh:`) even without one (`zh: 'scm validate：{rules}'`: a command
// there is Chinese text's too), with its file and line. Found by parsing (TypeScript's own parser), so a message written inline
// (`{ en, zh }` in a run.ts) is found as well as the tables. Left out: English that names a Chinese term
// (`en: 'an SM2 (国密) certificate'`), and Huawei's own words: the catalogue's `message` (the service's error
// text) and `seed`/`seedRemark` (the user's table), quoted verbatim.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { SEED_CODES } from '../../src/core/catalogue/seed-codes.js';

export interface ZhLiteral {
  /** src-relative path and line: core/rules/deploy-rules.ts:12 */
  where: string;
  text: string;
}

const SRC = new URL('../../src/', import.meta.url).pathname;
const CJK = /[\u4e00-\u9fff]/;
/** Properties whose text is quoted from Huawei rather than written by scm. */
const VERBATIM = new Set(['message', 'seed', 'seedRemark']);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);

/** Huawei's texts as the catalogue holds them, for those passed through a helper (pushPermission(..., '请配置ELB权限')). */
const QUOTED = new Set([
  ...CATALOGUE.map((e) => e.message.zh),
  ...SEED_CODES.flatMap((e) => [e.seed.description, e.seed.fix, e.seedRemark ?? '']),
]);

/** The name of the nearest property the literal is the value of (or inside): `zh`, `en`, `message`... */
function properties(node: ts.Node): string[] {
  const names: string[] = [];
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isPropertyAssignment(n)) names.push(n.name.getText());
    if (ts.isVariableDeclaration(n)) names.push(n.name.getText());
  }
  return names;
}

/** The Chinese side of a message: the nearest property is `zh` (a string, or a template inside `zh: (p) => ...`). */
const zhSide = (node: ts.Node): boolean => properties(node)[0] === 'zh';

/** English (the nearest property is `en`) or quoted from Huawei. */
function leftOut(node: ts.Node & { text: string }, path: string): boolean {
  const names = properties(node);
  if (names[0] === 'en') return true;
  if (!path.includes('/catalogue/')) return false;
  return QUOTED.has(node.text) || names.some((name) => VERBATIM.has(name));
}

export function zhLiterals(): ZhLiteral[] {
  const found: ZhLiteral[] = [];
  for (const path of files(SRC)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
        || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
      if (literal && (CJK.test(node.text) || zhSide(node)) && !leftOut(node, path)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${relative(SRC, path)}:${line}`, text: node.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
