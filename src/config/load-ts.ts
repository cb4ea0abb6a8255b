// A TypeScript config the user named: compiled (with the `typescript` package, as cosmiconfig's loader does,
// the tsconfig.json above it included) and the JavaScript loaded. Node's loader takes a file, so the output is
// written beside the config (its imports resolve as the config's own would), but not as cosmiconfig writes it
// (mode 0644, following whatever is at that name): a config holding an SK would lie readable by every user while
// it loads, and stay so if scm were killed meanwhile. Here it is created 0600, new (O_EXCL) and never through a
// link, and removed once loaded. The text compiled is the one read from the file judged (read.ts). A folder that
// cannot take it (not writable for the user, a read-only mount) is said as such, not as the config unreadable.
// The tsconfig.json TypeScript finds above it is judged as the config is (trust.ts), and read as judged: its
// options decide what the compiled code imports (importHelpers: `tslib`, resolved from any node_modules above),
// and one that another user put in a folder above (a sticky /tmp) would choose code to run with the SK in reach.
import { closeSync, constants, openSync, rmSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readJudged } from './read.js';
import { checkFile, type Distrust } from './trust.js';

type Ts = typeof import('typescript');
const requireHere = createRequire(import.meta.url);

/** A tsconfig.json found above a named TypeScript config that someone else could have written: refused. */
export class TsconfigDistrusted extends Error {
  /** broken.ts tells it by this. */
  readonly code = 'SCM_CONFIG_TSCONFIG_DISTRUST';
  constructor(
    readonly path: string,
    readonly distrust: Distrust,
    /** The config's own folder, where a tsconfig.json of the user's would be found first. */
    readonly dir: string,
  ) {
    super(`tsconfig not trusted: ${path}`);
  }
}

function compile(ts: Ts, real: string, text: string, uid: number | undefined): string {
  const found = ts.findConfigFile(dirname(real), (name) => ts.sys.fileExists(name));
  let config: { compilerOptions?: Record<string, unknown> } = {};
  const checked = found === undefined ? undefined : checkFile(found, uid);
  if (found !== undefined && checked) {
    if (checked.distrust) throw new TsconfigDistrusted(found, checked.distrust, dirname(real));
    const judged = readJudged(found, checked).text;
    const read = ts.readConfigFile(found, () => judged);
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

/** The default export of the TypeScript config at `real` (its resolved path), compiled from `text`; `uid` judges its tsconfig.json. */
export async function loadTs(real: string, text: string, loadJs: (path: string) => Promise<unknown>, uid: number | undefined): Promise<unknown> {
  const ts = requireHere('typescript') as Ts;
  const js = compile(ts, real, text, uid);
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
