// esbuild turns a chunk's ES module exports into getters, `__export(x_exports,{run:()=>run,...})`: a closure
// and an accessor per export, made at every start, and a getter call at every use from another chunk
// (`(0,import_x.run)(...)`). A getter is needed only for a binding that changes after the chunk has run, or
// one read before it has finished (a cycle of static imports). Every other export becomes a plain value,
// assigned once the chunk's code has run (measured on `scm validate DIR`: ~2 M instructions of every start).
// Pure, for scripts/build.mjs and test/unit/export-values.test.ts.
import ts from 'typescript';

/** The names `code` (a chunk as CommonJS) declares at its top level once, with their value, and never writes. */
export function fixedBindings(code) {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const declared = new Map();
  const count = (name, withValue) => declared.set(name, declared.has(name) ? false : withValue);
  for (const s of file.statements) {
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) count(s.name.text, true);
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) count(d.name.text, d.initializer !== undefined);
  }
  // Every name written anywhere, in any scope (a shadowing local too: conservative), destructuring included.
  const written = new Set();
  const targets = (node) => {
    if (ts.isIdentifier(node)) written.add(node.text);
    else ts.forEachChild(node, targets);
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) targets(node.left);
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) targets(node.operand);
    if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) targets(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return new Set([...declared].filter(([name, once]) => once && !written.has(name)).map(([name]) => name));
}

const EXPORTS = /\b__export\((\w+),\{([^{}]*)\}\);/g;

/**
 * `code` (one chunk as CommonJS) with its exports as values where fixedBindings allows: left out of
 * __export and assigned at the end. `inCycle`: the chunk is on a cycle of static imports, so another chunk
 * may read its exports before it has run: all stay getters.
 */
export function exportsAsValues(code, inCycle) {
  if (inCycle || !code.includes('__export(')) return code;
  // esbuild's `0&&(module.exports={...})` only names the exports for Node's CommonJS lexer, which never reads
  // a pack (bin/scm.js runs them): dead code.
  const live = code.replace(/\b0&&\(module\.exports=\{[\w$,]*\}\);/g, '');
  const fixed = fixedBindings(live);
  const assigned = [];
  const out = live.replace(EXPORTS, (_, target, list) => {
    const kept = list.split(',').filter((entry) => {
      const m = /^([\w$]+):\(\)=>([\w$]+)$/.exec(entry);
      if (!m || !fixed.has(m[2])) return true;
      assigned.push(`${target}.${m[1]}=${m[2]};`);
      return false;
    });
    return kept.length > 0 ? `__export(${target},{${kept.join(',')}});` : '';
  });
  // `;` first: the chunk's last statement ends here whatever its form.
  return assigned.length > 0 ? `${out}\n;${assigned.join('')}` : out;
}

/** The outputs (dist-relative names) on a cycle of static imports (or require calls), from esbuild's metafile outputs. */
export function chunksOnCycles(outputs, name) {
  const edges = new Map(Object.entries(outputs).map(([path, out]) => [name(path), out.imports.filter((i) => !i.external && (i.kind === 'import-statement' || i.kind === 'require-call')).map((i) => name(i.path))]));
  const reaches = (from, to) => {
    const seen = new Set();
    const stack = [...(edges.get(from) ?? [])];
    while (stack.length > 0) {
      const f = stack.pop();
      if (f === to) return true;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(edges.get(f) ?? []));
    }
    return false;
  };
  return new Set([...edges.keys()].filter((f) => reaches(f, f)));
}
