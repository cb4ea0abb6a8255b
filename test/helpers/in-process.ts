// An in-process emulator for one unit-test file: started (with a scratch folder) before the tests, emptied
// before each, closed after. Call at the top level of a file; read `.emu` and `.dir` inside tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '../../src/emulator/handlers/context.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { TEST_AK, TEST_SK, TEST_TOKEN } from './emulator.js';

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
