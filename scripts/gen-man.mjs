// Writes the manual pages from the command definitions: man/scm.1 (English; package.json "man" installs it)
// and man/zh_CN/man1/scm.1 (Chinese). Run by `npm run build`; test/unit/man.test.ts fails on drift.
// src/commands/help/man.ts is TypeScript: esbuild bundles it in memory, as the build does the CLI.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const MAN_PAGES = { en: 'man/scm.1', zh: 'man/zh_CN/man1/scm.1' };

const result = await build({
  entryPoints: [join(root, 'src/commands/help/man.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  packages: 'external',
  write: false,
  logLevel: 'warning',
  // Only the command definitions run here; a module that locates itself (config/load.ts) gets this file's URL.
  define: { 'import.meta.url': JSON.stringify(import.meta.url) },
});
const module = { exports: {} };
new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
for (const [lang, file] of Object.entries(MAN_PAGES)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), module.exports.manPage(lang, version));
}
