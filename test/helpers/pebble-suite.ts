// The set-up the hook tests with a real ACME client write alike: a scratch folder, pebble and the project's
// emulator started side by side, `scm` on PATH, a HOME for the clients. Call it inside describeWithTool('pebble',
// ...) with the path it hands over; read `s.dir`, `s.pebble`, `s.emu`, `s.pathDir` inside tests (they exist once
// beforeAll has run). The twin of withEmulator() (emulator-suite.ts) for tests that also need an ACME server.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { spawnEmulator, type RunningEmulator } from './emulator.js';
import { scmOnPath, startPebble, type Pebble } from './pebble.js';
import { requireTool } from './tools.js';

export interface PebbleSuite {
  readonly dir: string;
  readonly pebble: Pebble;
  readonly emu: RunningEmulator;
  /** The folder holding the `scm` a hook finds on PATH. */
  readonly pathDir: string;
}

export function withPebble(pebblePath: string, name: string): PebbleSuite {
  let dir: string | undefined;
  let pebble: Pebble | undefined;
  let emu: RunningEmulator | undefined;
  let pathDir: string | undefined;
  beforeAll(async () => {
    requireTool('openssl');
    dir = mkdtempSync(join(tmpdir(), `scm-${name}-`));
    [pebble, emu] = await Promise.all([startPebble(pebblePath, join(dir, 'pebble')), spawnEmulator()]);
    pathDir = scmOnPath(dir);
    mkdirSync(join(dir, 'home'), { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([pebble?.stop(), emu?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`withPebble: ${what} is read before beforeAll ran`);
    return v;
  };
  return {
    get dir() {
      return ready(dir, 'dir');
    },
    get pebble() {
      return ready(pebble, 'pebble');
    },
    get emu() {
      return ready(emu, 'emu');
    },
    get pathDir() {
      return ready(pathDir, 'pathDir');
    },
  };
}
