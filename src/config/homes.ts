// Where a user's own folders are: the home folder and the user config folder, from the environment (absolute
// values only) or the passwd entry. The config search (search.ts), `scm config` and the run lock read them.
import { isAbsolute, join } from 'node:path';
import { passwdHome } from './os.js';

type Env = Record<string, string | undefined>;

/** Where the home directory comes from when the environment has none (a parameter so tests can name one). */
export type HomeFallback = () => string | undefined;

/** The value when it is an absolute path (a relative one would be read from the working directory). */
const absolute = (v: string | undefined): string | undefined => (v && isAbsolute(v) ? v : undefined);

/**
 * $HOME, else $USERPROFILE, else the passwd entry's home (as Node's os.homedir() does): a service started
 * without HOME (certbot's systemd timer runs as root with no User=, so no HOME) still finds the user file.
 * An absolute one only, as for XDG_CONFIG_HOME: with HOME=. the "user file" would be ./.config/scm/ in whatever
 * folder scm runs in, a clone's file then trusted as the user's own (credentials, any endpoint).
 */
export const homeOf = (env: Env, fallback: HomeFallback = passwdHome): string | undefined =>
  absolute(env.HOME?.trim()) || absolute(env.USERPROFILE?.trim()) || fallback();

/** $XDG_CONFIG_HOME/scm (an absolute XDG_CONFIG_HOME only, as the spec says), else ~/.config/scm. */
export function userConfigDir(env: Env, fallback: HomeFallback = passwdHome): string | undefined {
  const xdg = env.XDG_CONFIG_HOME?.trim();
  if (xdg && isAbsolute(xdg)) return join(xdg, 'scm');
  const home = homeOf(env, fallback);
  return home ? join(home, '.config', 'scm') : undefined;
}
