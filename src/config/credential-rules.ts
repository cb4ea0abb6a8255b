// Whose account scm signs in to when a config file found by searching holds credentials. A repository you clone
// brings its `.scmrc` with it, written by git and so yours: it passes every trust check, and a found file
// outranks the user file. With `ak`/`sk` (or `authToken`) in it, `scm upload` would sign in to the repository
// author's account and send them your certificate and its private key. So a found file's credentials are used
// only when it sits in the home folder itself ($HOME/.scmrc ...), where a clone cannot put one; from any
// other folder they are refused (exit 2, before anything is sent) when they would be used, that is when no
// flag or environment variable gives credentials first. A file the user named (--config, SCM_CONFIG, and what
// it imports), the user file and the environment are the user's choice. The endpoint has its own rule
// (endpoint-rules.ts).
import { join } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import type { Found } from './credentials.js';
import type { LoadedConfig } from './file.js';
import { M } from './messages.js';
import { userConfigDir } from './homes.js';

type Env = Record<string, string | undefined>;

/** Refuses credentials that would be taken from a file found away from the home folder. */
export function checkFoundCredentials(found: Found | undefined, files: LoadedConfig[], env: Env, lang: Lang): void {
  if (!found || found.where.kind !== 'file') return;
  const from = new Set(Object.values(found.sources).flatMap((s) => (s?.kind === 'file' ? [s.path] : [])));
  const away = files.find((f) => f.away && from.has(f.path));
  if (!away) return;
  const userFile = join(userConfigDir(env) ?? '~/.config/scm', 'config.yaml');
  throw new ConfigError(t(lang, M.foundCredentialsRefused, { path: away.path }), {
    hint: t(lang, M.foundCredentialsHint, { path: away.path, userFile }),
  });
}
