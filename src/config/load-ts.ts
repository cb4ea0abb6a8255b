// A TypeScript config the user named: compiled (with the `typescript` package, as cosmiconfig's loader does,
// the tsconfig.json above it included) and the JavaScript loaded. Node's loader takes a file, so the output is
// written beside the config (its imports resolve as the config's own would), but not as cosmiconfig writes it
// (mode 0644, following whatever is at that name): a config holding an SK would lie readable by every user while
// it loads, and stay so if scm were killed meanwhile. Here it is created 0600, new (O_EXCL) and never through a
// link, and removed once loaded. The text compiled is the one read from the file judged (read.ts). A folder that
// cannot take it (not writable for the user, a read-only mount) is said as such, not as the config unreadable.
import { closeSync, constants, openSync, rmSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

type Ts = typeof import('typescript');
const requireHere = createRequire(import.meta.url);

function compile(ts: Ts, real: string, text: string): string {
  const found = ts.findConfigFile(dirname(real), (name) => ts.sys.fileExists(name));
  let config: { compilerOptions?: Record<string, unknown> } = {};
  if (found !== undefined) {
    const read = ts.readConfigFile(found, (name) => ts.sys.readFile(name));
    if (read.error) throw new Error(`Error in ${found}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
    config = (read.config as typeof config | undefined) ?? {};
  }
  const compilerOptions = {
    ...config.compilerOptions,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: false,
  };
  return ts.transpileModule(text, { ...config, compilerOptions } as import('typescript').TranspileOptions).outputText;
}

/** The default export of the TypeScript config at `real` (its resolved path), compiled from `text`. */
export async function loadTs(real: string, text: string, loadJs: (path: string) => Promise<unknown>): Promise<unknown> {
  const ts = requireHere('typescript') as Ts;
  const js = compile(ts, real, text);
  const out = `${real}.${randomUUID()}.mjs`;
  try {
    try {
      const fd = openSync(out, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
      try {
        writeSync(fd, js);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      // Not the config that cannot be read: its folder cannot take the compiled file (a folder of root's read by
      // a service account, a read-only mount). broken.ts says so, naming the folder.
      throw Object.assign(new Error('cannot write the compiled config'), { code: 'SCM_CONFIG_TS_OUT', dir: dirname(real), errno: (e as { code?: unknown }).code });
    }
    return await loadJs(out);
  } finally {
    rmSync(out, { force: true });
  }
}
