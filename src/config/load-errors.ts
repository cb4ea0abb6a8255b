// What load.ts refuses, as errors file.ts tells by their `code` (it does not load load.ts unless a file is
// read) and says in the user's language: a found file's `$import`, a named file's `$import` that names no file,
// of code, of a file trust.ts does not trust, or back to a file already being read, and an extension no loader
// reads.
import { extname } from 'node:path';
import type { Distrust } from './trust.js';

/** A found file (or the user file) that says `$import`: refused (a file found is read alone). */
export class ImportRefused extends Error {
  /** file.ts tells it by this (it does not load this module unless a file is read). */
  readonly code = 'SCM_CONFIG_IMPORT';
  constructor(readonly path: string) {
    super(`$import in ${path}`);
  }
}

/** An `$import` whose value is no file name nor a list of them (a number, an object, an empty name): `path` has it. */
export class ImportNotName extends Error {
  readonly code = 'SCM_CONFIG_IMPORT_TYPE';
  constructor(readonly path: string) {
    super(`$import in ${path} is not a file name`);
  }
}

/**
 * Code that a named file leads to with `$import`: refused before it runs. cosmiconfig would follow an `$import`
 * to any .js and run it: one nobody named and nobody checked, pulled in by a data file that may itself be
 * someone else's. So code runs only when it is the very file the user named, whoever owns the other.
 */
export class CodeImported extends Error {
  readonly code = 'SCM_CONFIG_IMPORTED_CODE';
  constructor(readonly path: string) {
    super(`$import of code: ${path}`);
  }
}

/**
 * A file an `$import` leads to that is not to be read: missing (no `distrust`), or one trust.ts does not trust.
 * Said in no language: the start-up lookup of `lang` may load the named file first, and its answer is kept.
 */
export class ImportDistrusted extends Error {
  readonly code = 'SCM_CONFIG_IMPORT_DISTRUST';
  constructor(
    readonly path: string,
    /** The file whose `$import` names it. */
    readonly from: string,
    readonly distrust?: Distrust,
    /** Not there to judge because a folder on the way may not be searched (EACCES). */
    readonly denied = false,
  ) {
    super(`$import of ${path} from ${from}`);
  }
}

/** An `$import` that leads back to a file already being read: `chain` from the named file to that file again. */
export class CircularImport extends Error {
  readonly code = 'SCM_CONFIG_IMPORT_CIRCULAR';
  constructor(readonly chain: string[]) {
    super(`circular $import: ${chain.join(' -> ')}`);
  }
}

/** A file with an extension no loader reads (scm.conf, scm.toml, X.CJS: the extension is matched exactly). */
export class UnknownFormat extends Error {
  readonly code = 'SCM_CONFIG_FORMAT';
  readonly ext: string;
  constructor(readonly path: string) {
    super(`no loader for ${path}`);
    this.ext = extname(path);
  }
}

/** A JSON file (not a package.json) that gives a key twice in one object: `offset` is the second. */
export class DuplicateKey extends Error {
  readonly code = 'SCM_CONFIG_DUPLICATE';
  constructor(readonly path: string, readonly key: string, readonly offset: number) {
    super(`a key is given twice in ${path}`);
  }
}
