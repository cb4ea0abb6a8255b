// The names scm looks for. A search finds data only (JSON or YAML); code (JavaScript, TypeScript) runs only
// from a file the user names with --config or SCM_CONFIG. The names of code files are listed too, so that one
// found by the search is reported as ignored instead of being passed over in silence.

/** Searched in each directory, in cosmiconfig's order: the first that applies wins. */
export const DATA_PLACES = ['package.json', '.scmrc', '.scmrc.json', '.scmrc.yaml', '.scmrc.yml'] as const;

/** cosmiconfig's other default places for `scm`: never loaded when found, only reported. */
export const CODE_PLACES = ['.scmrc.js', '.scmrc.ts', '.scmrc.cjs', '.scmrc.mjs', 'scm.config.js', 'scm.config.ts', 'scm.config.cjs', 'scm.config.mjs'] as const;

/** cosmiconfig's places under .config/ (data and code alike): scm does not search there. */
export const DOT_CONFIG_PLACES = ['scmrc', 'scmrc.json', 'scmrc.yaml', 'scmrc.yml', 'scmrc.js', 'scmrc.ts', 'scmrc.cjs', 'scmrc.mjs'] as const;

/** The user file, in $XDG_CONFIG_HOME/scm/ or ~/.config/scm/: the first that exists. */
export const USER_FILE_NAMES = ['config.json', 'config.yaml', 'config.yml'] as const;

/** A file cosmiconfig would load by running it. */
export const isCode = (path: string): boolean => /\.(?:[cm]?js|[cm]?ts)$/i.test(path);

/** How cosmiconfig would read a data file: JSON (.json, package.json) or YAML (.yaml, .yml, no extension). */
export const isJsonName = (path: string): boolean => /\.json$/i.test(path);
