// An in-process emulator for one unit-test file: started (with a scratch folder) before the tests, emptied
// before each, closed after. Call at the top level of a file; read `.emu` and `.dir` inside tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '../../src/emulator/handlers/context.js';
import { seed } from '../../src/emulator/seed.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { makeBundle, TEST_AK, TEST_SK, TEST_TOKEN } from './emulator.js';

export interface InProcess {
  readonly emu: Emulator;
  readonly dir: string;
}

export function useEmulator(name: string, o: Partial<EmulatorOptions> = {}, setup?: (dir: string) => void): InProcess {
  const state: { emu?: Emulator; dir?: string } = {};
  beforeAll(async () => {
    state.dir = mkdtempSync(join(tmpdir(), `scm-${name}-`));
    setup?.(state.dir);
    state.emu = await startEmulator({ port: 0, keys: [{ ak: TEST_AK, sk: TEST_SK }], tokens: [TEST_TOKEN], ...o });
  });
  afterAll(async () => {
    await state.emu?.close();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  });
  // Certificates, resources, counters and faults gone; every option back to the emulator's default, then the file's own.
  beforeEach(() => {
    state.emu!.store.clear();
    state.emu!.faults.clear();
    Object.assign(state.emu!.behaviour, DEFAULT_BEHAVIOUR, o.behaviour);
  });
  return {
    get emu() {
      return state.emu!;
    },
    get dir() {
      return state.dir!;
    },
  };
}

/**
 * useEmulator() holding one certificate, `app` (a bundle made once in the scratch folder), seeded again before each
 * test after the emptying: `cert` is its id. Hooks the file adds after this call run after the seeding.
 */
export function useEmulatorWithCert(name: string, o: Partial<EmulatorOptions> = {}): InProcess & { readonly cert: string } {
  let pem = '';
  let cert = '';
  const at = useEmulator(name, o, (dir) => void (pem = readFileSync(makeBundle(join(dir, 'b')).cert, 'utf8')));
  beforeEach(() => {
    [cert] = seed(at.emu.store, { certificates: [{ name: 'app', pem }] }, new Date()).certificates as [string];
  });
  return {
    get emu() {
      return at.emu;
    },
    get dir() {
      return at.dir;
    },
    get cert() {
      return cert;
    },
  };
}
