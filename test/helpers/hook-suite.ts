// withEmulator() for the tests that run a shipped hook by hand (certbot's deploy hook, acme.sh's): the suite's
// bundle for example.com is the lineage; the clients' HOME and the `scm` a hook finds on PATH are laid out beside it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_AK, TEST_SK } from './emulator.js';
import { withEmulator, type EmulatorSuite } from './emulator-suite.js';
import { scmOnPath } from './pebble.js';

export interface HookSuite extends EmulatorSuite {
  /** What certbot gives its deploy hook (RENEWED_LINEAGE, RENEWED_DOMAINS) and scm needs, in English unless `extra` says. */
  hookEnv(extra?: Record<string, string>): Record<string, string>;
}

export function withHookEmulator(name: string): HookSuite {
  let pathDir: string | undefined;
  const t = withEmulator(name, {
    cn: 'example.com',
    setup: (dir) => {
      mkdirSync(join(dir, 'home'), { recursive: true });
      pathDir = scmOnPath(dir);
    },
  });
  return {
    get emu() {
      return t.emu;
    },
    get b() {
      return t.b;
    },
    get dir() {
      return t.dir;
    },
    env: t.env,
    hookEnv: (extra = {}) => ({
      PATH: `${pathDir}:${process.env.PATH}`, HOME: join(t.dir, 'home'), NO_COLOR: '1', LANG: 'C.UTF-8', HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK,
      SCM_ENDPOINT: t.emu.url, RENEWED_LINEAGE: t.b.dir, RENEWED_DOMAINS: 'example.com', ...extra,
    }),
  };
}
