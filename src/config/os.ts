// node:os, loaded on first use: loading it costs ~0.5 ms, and a run asks it something only when src/cli.ts
// passed no user id (Windows) or when a config file was found. getBuiltinModule needs Node 20.16; before
// that, the CommonJS build (dist/) has require().
const os = (): typeof import('node:os') => (process.getBuiltinModule?.('node:os') ?? require('node:os')) as typeof import('node:os');

export const isWindows = (): boolean => os().platform() === 'win32';

/** The system's name as Node has it: linux, darwin, win32 ... */
export const platformName = (): string => os().platform();

/** The user's id as the system has it; throws when the user has no passwd entry. */
export const systemUid = (): number => os().userInfo().uid;

/**
 * The home directory in the user's passwd entry (or Windows profile), for when HOME and USERPROFILE are
 * unset: certbot's systemd timer runs its deploy hook as root without HOME. Undefined when there is none.
 */
export function passwdHome(): string | undefined {
  try {
    return os().userInfo().homedir.trim() || undefined;
  } catch {
    return undefined;
  }
}
