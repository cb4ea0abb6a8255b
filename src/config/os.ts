// node:os, loaded on first use: loading it costs ~0.5 ms, and a run asks it something only when src/cli.ts
// passed no user id (Windows) or when a config file was found. getBuiltinModule needs Node 20.16; before
// that, the CommonJS build (dist/) has require().
const os = (): typeof import('node:os') => (process.getBuiltinModule?.('node:os') ?? require('node:os')) as typeof import('node:os');

export const isWindows = (): boolean => os().platform() === 'win32';

/** The user's id as the system has it; throws when the user has no passwd entry. */
export const systemUid = (): number => os().userInfo().uid;
