// A home folder holding a cloned repository, an emulator and a bundle: the set-up of the tests of what a
// `.scmrc` found by searching (one a `git clone` wrote, so the user's own) may choose. Each test starts from an
// empty home and repository and an emulator with nothing stored.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { makeBundle, spawnEmulator, type Bundle, type RunningEmulator } from './emulator.js';
import { runCli } from './run-cli.js';

/** Writes a file 0600 (as a user keeps a file with secrets), making its folder. */
export function putPrivate(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o600);
  return path;
}

export interface ClonedRepo {
  home(): string;
  repo(): string;
  /** The repository's `.scmrc`. */
  scmrc(): string;
  bundle(): Bundle;
  emu(): RunningEmulator;
  /** Requests the emulator has counted. */
  total(): Promise<number>;
  /** scm run in the repository, with this home and the emulator's endpoint (and `env` on top). */
  scm(args: string[], env?: Record<string, string | undefined>): ReturnType<typeof runCli>;
  /** An upload of the bundle under `name`, no retries, quiet. */
  upload(name: string, ...more: string[]): string[];
}

/** Registers the suite's set-up (call at the top of a test file); `prefix` names the temporary folder. */
export function useClonedRepo(prefix: string, cn: string): ClonedRepo {
  let dir = '';
  let emu: RunningEmulator | undefined;
  let bundle: Bundle | undefined;
  const home = () => join(dir, 'home');
  const repo = () => join(home(), 'repo');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    bundle = makeBundle(join(dir, 'bundle'), { cn });
    emu = await spawnEmulator();
  }, 60_000);
  afterAll(async () => {
    await emu?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    rmSync(home(), { recursive: true, force: true });
    mkdirSync(repo(), { recursive: true });
    await emu!.reset();
  });
  return {
    home,
    repo,
    scmrc: () => join(repo(), '.scmrc'),
    bundle: () => bundle!,
    emu: () => emu!,
    total: async () => (await emu!.settled()).requests.total,
    scm: (args, env = {}) => runCli(args, { env: { HOME: home(), XDG_CONFIG_HOME: undefined, SCM_ENDPOINT: emu!.url, ...env }, cwd: repo() }),
    upload: (name, ...more) => ['upload', '--cert', bundle!.fullchain, '--key', bundle!.key, '--name', name, '--retries', '0', '-q', ...more],
  };
}
