// What a config file that could not be loaded says: an error from reading it (load.ts's refusals, told by
// their `code` since this module does not load load.ts, a file changed while read, a parser's error) turned
// into one ConfigError (exit 2) in the user's language that names the file and, when it can, where it
// breaks, never quoting it: a config file may hold a secret.
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import { parseErrorPosition, positionAt, yamlOffset } from './locate.js';
import { M } from './messages.js';
import { refusedImport, why } from './named.js';
import { isCode, isJsonName } from './places.js';
import { KNOWN_KEYS } from './schema.js';
import { MAX_CONFIG_BYTES, type Distrust } from './trust.js';

/** A file that does not parse: one line naming it and where it breaks (exit 2), never quoting it. */
export function brokenFile(e: unknown, lang: Lang, fallback: string): ConfigError {
  const { code, path, ext } = e as { code?: unknown; path?: string; ext?: string };
  if (code === 'EACCES') return new ConfigError(t(lang, M.permissionDenied, { path: fallback }));
  if (code === 'SCM_CONFIG_TS_OUT') {
    const { dir, errno } = e as { dir: string; errno?: unknown };
    const why = errno === 'EACCES' || errno === 'EPERM' ? t(lang, M.noWriteDenied) : errno === 'EROFS' ? t(lang, M.noWriteReadOnly) : errno === 'ENOSPC' ? t(lang, M.noWriteFull) : String(errno ?? '');
    return new ConfigError(t(lang, M.tsNoWrite, { path: fallback, dir, why }), { hint: t(lang, M.tsNoWriteHint) });
  }
  if (code === 'SCM_CONFIG_TSCONFIG_DISTRUST') {
    const { distrust, dir } = e as { distrust: Distrust; dir: string };
    const because = why(distrust, path!, lang) ?? t(lang, M.tsconfigTooLarge, { size: 'size' in distrust ? distrust.size : 0, max: MAX_CONFIG_BYTES });
    return new ConfigError(t(lang, M.tsconfigDistrust, { path: fallback, tsconfig: path!, why: because }), { hint: t(lang, M.tsconfigHint, { dir }) });
  }
  const named = (e as { filepath?: unknown }).filepath;
  const file = typeof named === 'string' ? named : /Error in ([^\n:]+):/.exec(e instanceof Error ? e.message : '')?.[1] ?? fallback;
  // load.ts's refusals: a found file's $import, a named file's $import of code or of a file it does not trust,
  // a loop of $imports, an extension no loader reads, a file replaced while it was read.
  if (code === 'SCM_CONFIG_IMPORT') return new ConfigError(t(lang, M.importsRefused, { path: path! }));
  if (code === 'SCM_CONFIG_IMPORT_TYPE') return new ConfigError(t(lang, M.importNotName, { path: path! }), { hint: t(lang, M.importNotNameHint) });
  if (code === 'SCM_CONFIG_IMPORT_DISTRUST') {
    const { from, distrust, denied } = e as { from: string; distrust?: Distrust; denied?: boolean };
    return refusedImport(path!, from, distrust, lang, denied);
  }
  if (code === 'SCM_CONFIG_IMPORT_CIRCULAR') {
    const chain = (e as { chain: string[] }).chain;
    const facts = { path: chain[chain.length - 2]!, back: chain[chain.length - 1]! };
    return new ConfigError(t(lang, M.circularImport, { ...facts, chain: chain.join(' -> ') }), { hint: t(lang, M.circularImportHint, facts) });
  }
  if (code === 'SCM_CONFIG_IMPORTED_CODE') return new ConfigError(t(lang, M.importedCode, { code: path!, path: fallback }));
  if (code === 'SCM_CONFIG_FORMAT') return new ConfigError(t(lang, M.unknownFormat, { path: path!, ext: ext! }));
  if (code === 'SCM_CONFIG_DUPLICATE' || (e as { reason?: unknown }).reason === 'duplicated mapping key') return duplicateKey(e, lang, fallback);
  if (code === 'SCM_CONFIG_CHANGED') return new ConfigError(t(lang, M.changedWhileRead, { path: path! }));
  if (/\.[cm]?ts$/i.test(file) && /typescript/i.test(e instanceof Error ? e.message : '')) {
    return new ConfigError(t(lang, M.needsTypescript, { path: file, pkg: 'typescript', command: 'npm install typescript' }));
  }
  // Code that parsed and then threw when run: not a parse error. Only the error's kind is said (its message is
  // the file's own text, which may hold anything).
  if (isCode(file) && e instanceof Error && e.name !== 'SyntaxError' && !/^SyntaxError\b/.test(e.message)) {
    return new ConfigError(t(lang, M.codeThrew, { path: file, name: e.name }), { hint: t(lang, M.codeThrewHint) });
  }
  // The text that was parsed (load.ts keeps it on the error), not the file read again: it may be another by now.
  const text = (e as { configText?: unknown }).configText;
  const at = parseErrorPosition(e, file, typeof text === 'string' ? text : undefined);
  const kind = isJsonName(file) ? t(lang, M.invalidJson) : /\.(ya?ml)$|rc$/i.test(file) ? t(lang, M.invalidYaml) : '';
  const message = at ? t(lang, M.unparsableAt, { path: file, line: at.line, column: at.column }) : t(lang, M.unparsable, { path: file });
  return new ConfigError(`${message}${kind}`, { hint: t(lang, M.fixOrRemove, { keys: KNOWN_KEYS.join(', ') }) });
}

/**
 * A key given twice in one object (load.ts for JSON, js-yaml for YAML): which value counts would be a guess.
 * The key is said when it is a setting's name (or `$import`), never anything else from the file.
 */
function duplicateKey(e: unknown, lang: Lang, fallback: string): ConfigError {
  const { path, key, offset, mark, filepath, configText } = e as { path?: string; key?: string; offset?: number; mark?: { position?: number }; filepath?: string; configText?: string };
  const file = path ?? filepath ?? fallback;
  const text = typeof configText === 'string' ? configText : '';
  // load.ts's offset counts in the text read; js-yaml's position from after a byte-order mark.
  const at = offset ?? (typeof mark?.position === 'number' ? yamlOffset(text, mark.position) : 0);
  // YAML says where the second key starts: its name is what stands before the colon there.
  const name = key ?? /^(["']?)([A-Za-z$][\w$]*)\1[ \t]*:/.exec(text.slice(at))?.[2];
  const shown = name !== undefined && (KNOWN_KEYS as readonly string[]).concat('$import').includes(name) ? name : undefined;
  const { line, column } = positionAt(text, at);
  const message = shown ? t(lang, M.duplicateKeyNamed, { path: file, key: shown, line, column }) : t(lang, M.duplicateKey, { path: file, line, column });
  return new ConfigError(message, { hint: t(lang, M.fixOrRemove, { keys: KNOWN_KEYS.join(', ') }) });
}
