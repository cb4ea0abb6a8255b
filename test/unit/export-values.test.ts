// scripts/export-values.mjs: esbuild's export getters become plain values only where a value cannot change
// after the chunk has run, and never in a chunk another may read before it has finished (a cycle).
import { describe, expect, it } from 'vitest';
import { chunksOnCycles, exportsAsValues, fixedBindings } from '../../scripts/export-values.mjs';

/** Runs a chunk's CommonJS text as bin/scm.js would, with esbuild's helpers; returns its exports. */
function run(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const helpers = 'var __defProp=Object.defineProperty,__export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})};';
  new Function('module', 'exports', `${helpers}\n${code}`)(module, module.exports);
  return module.exports;
}

const chunk = [
  'var x_exports={};__export(x_exports,{count:()=>count,later:()=>later,pair:()=>pair,run:()=>run,Thing:()=>Thing,bump:()=>bump,swap:()=>swap,table:()=>table,again:()=>import_y.again});',
  'module.exports=__defProp(x_exports,"__esModule",{value:!0});',
  'var import_y={again:1};',
  'function run(){return"ran"}var count=0,table={a:1},Thing=class{};let later;var pair=[1,2];',
  'function bump(){count++,later="set"}function swap(){[pair]=[[3]]}',
  '0&&(module.exports={bump,count,later,pair,run,Thing,swap,table});',
].join('\n');

describe('exportsAsValues', () => {
  it('makes fixed bindings values and keeps getters for what changes, is written by destructuring, or is re-exported', () => {
    const out = exportsAsValues(chunk, false);
    expect(out).toMatch(/__export\(x_exports,\{count:\(\)=>count,later:\(\)=>later,pair:\(\)=>pair,again:\(\)=>import_y\.again\}\);/);
    expect(out).toContain('x_exports.run=run;x_exports.Thing=Thing;x_exports.bump=bump;x_exports.swap=swap;x_exports.table=table;');
    expect(out).not.toContain('0&&(module.exports');
    const exports = run(out);
    expect(Object.getOwnPropertyDescriptor(exports, 'run')).toMatchObject({ writable: true, enumerable: true });
    expect((exports.run as () => string)()).toBe('ran');
    // Bindings that change stay live, as ES modules promise.
    (exports.bump as () => void)();
    expect([exports.count, exports.later]).toEqual([1, 'set']);
    (exports.swap as () => void)();
    expect(exports.pair).toEqual([3]);
    expect(exports.again).toBe(1);
  });

  it('leaves a chunk on a cycle of static imports as it is', () => {
    expect(exportsAsValues(chunk, true)).toBe(chunk);
  });

  it('counts a binding declared twice, or declared without a value, as not fixed', () => {
    expect([...fixedBindings('var a=1;var a=2;let b;function c(){}var d=1,e=d;for(e of[])1;')].sort()).toEqual(['c', 'd']);
  });
});

describe('chunksOnCycles', () => {
  it('finds the chunks on a cycle of static imports, not those that import one', () => {
    const out = (imports: string[]) => ({ imports: imports.map((path) => ({ path, kind: 'import-statement' })) });
    const outputs = { 'dist/a.js': out(['dist/b.js']), 'dist/b.js': out(['dist/a.js']), 'dist/c.js': out(['dist/a.js']) };
    expect([...chunksOnCycles(outputs, (p: string) => p.replace('dist/', ''))].sort()).toEqual(['a.js', 'b.js']);
  });
});
