// The set-up every e2e test against other-scm.ts repeated: a private HOME, one bundle, the stand-in, and a clean
// stand-in before each test (no certificates, requests, pushes or hook left from the test before). Call it at the
// top of a test file; read `t.m`, `t.b`, `t.dir` inside tests (they exist once beforeAll has run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from './emulator.js';
import { startOtherScm, type OtherScm } from './other-scm.js';

export interface OtherScmSuite {
  readonly m: OtherScm;
  readonly b: Bundle;
  readonly dir: string;
  /** The environment a run of scm against the stand-in needs, with `extra` on top. */
  env(extra?: Record<string, string>): Record<string, string>;
}

export function withOtherScm(name: string, cn: string): OtherScmSuite {
  let m: OtherScm | undefined;
  let b: Bundle | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `scm-e2e-${name}-`));
    b = makeBundle(join(dir, 'b'), { cn });
    m = await startOtherScm(TEST_SK);
  });
  afterAll(async () => {
    await m?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    if (!m) return;
    m.certs.length = 0;
    m.seen.length = 0;
    m.pushes.length = 0;
    m.hook = undefined;
  });
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`withOtherScm: ${what} is read before beforeAll ran`);
    return v;
  };
  return {
    get m() {
      return ready(m, 'm');
    },
    get b() {
      return ready(b, 'b');
    },
    get dir() {
      return ready(dir, 'dir');
    },
    env: (extra = {}) => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: ready(m, 'm').url, HOME: ready(dir, 'dir'), ...extra }),
  };
}
