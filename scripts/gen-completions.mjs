// Writes the checked-in completion scripts (completions/) from the built binary, so they are exactly what
// `scm completion <shell>` prints (in English, whatever the build machine's locale). Run by `npm run build` after bundling; test/e2e/completion.test.ts fails on drift.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Shell → file name, as each shell expects to find it (zsh autoloads `_scm` from $fpath). */
const COMPLETION_FILES = { bash: 'scm.bash', zsh: '_scm', fish: 'scm.fish' };

mkdirSync(new URL('../completions/', import.meta.url), { recursive: true });
for (const [shell, file] of Object.entries(COMPLETION_FILES)) {
  const script = execFileSync(process.execPath, ['bin/scm.js', 'completion', shell, '--lang', 'en'], { cwd: root, encoding: 'utf8' });
  writeFileSync(new URL(`../completions/${file}`, import.meta.url), script);
}
