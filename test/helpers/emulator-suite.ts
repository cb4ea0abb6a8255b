// The set-up e2e tests against the project's emulator (spawned, as a user runs it) write again and again: a private
// HOME, one bundle, the emulator, and an empty emulator before each test. Call it at the top of a test file; read
// `t.emu`, `t.b`, `t.dir` inside tests (they exist once beforeAll has run). withOtherScm() is its twin for the
// independent stand-in (other-scm-suite.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from './emulator.js';

export interface EmulatorSuite {
  readonly emu: RunningEmulator;
  readonly b: Bundle;
  readonly dir: string;
  /** The environment a run of scm against the emulator needs, with `extra` on top. */
  env(extra?: Record<string, string>): Record<string, string>;
}

/**
 * `setup` lays out more files in the scratch folder once the bundle is made (before the emulator starts).
 * `bundle: false` for a file that seeds the emulator and never uploads: no bundle is made (no key generated),
 * `t.b` throws, and there is nothing for `setup`.
 */
export function withEmulator(name: string, o: { cn?: string; bundle?: boolean; setup?: (dir: string, b: Bundle) => void } = {}): EmulatorSuite {
  let emu: RunningEmulator | undefined;
  let b: Bundle | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `scm-e2e-${name}-`));
    if (o.bundle !== false) {
      b = makeBundle(join(dir, 'b'), o.cn === undefined ? {} : { cn: o.cn });
      o.setup?.(dir, b);
    }
    emu = await spawnEmulator();
  }, 60_000);
  afterAll(async () => {
    await emu?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => emu?.reset());
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`withEmulator: ${what} is read before beforeAll ran`);
    return v;
  };
  return {
    get emu() {
      return ready(emu, 'emu');
    },
    get b() {
      if (o.bundle === false) throw new Error('withEmulator: this suite made no bundle (bundle: false)');
      return ready(b, 'b');
    },
    get dir() {
      return ready(dir, 'dir');
    },
    env: (extra = {}) => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: ready(emu, 'emu').url, HOME: ready(dir, 'dir'), ...extra }),
  };
}
