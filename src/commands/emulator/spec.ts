import type { CommandSpec } from '../types.js';

export const emulatorSpec: CommandSpec = {
  name: 'emulator',
  summary: 'run a local SCM API for demos and tests (no cloud account needed)',
  args: [],
  options: [
    { flags: '--port <n>', description: 'port on 127.0.0.1 (0 or none: any free port)', integer: true, complete: 'none' },
    { flags: '--ak <ak>', description: 'access key to accept (default: $HUAWEICLOUD_SDK_AK, else the demo key SCMEMULATORDEMOAK000)', complete: 'none' },
    { flags: '--sk <sk>', description: 'its secret key (default: $HUAWEICLOUD_SDK_SK, else the demo secret scm-emulator-demo-secret-0000000000000000)', complete: 'none' },
    { flags: '--token <token>', description: 'an X-Auth-Token to accept as well (default: $SCM_AUTH_TOKEN when set)', complete: 'none' },
    { flags: '--fault <json>', description: 'inject a fault, e.g. \'{"op":"push","status":503,"times":2}\' (repeatable; see docs/emulator.md)', repeatable: true, complete: 'none' },
    { flags: '-q, --quiet', description: 'no request log on stderr' },
    { flags: '--json', description: 'the listening line as a JSON object ({"url", "port", ...}); the log on stderr as JSON lines' },
  ],
  examples: [
    { cmd: 'scm emulator --port 8443', note: 'start the emulator (stop with Ctrl-C)' },
    { cmd: 'SCM_ENDPOINT=http://127.0.0.1:8443 scm upload --cert fullchain.pem --key privkey.pem --name demo', note: 'upload to it' },
    { cmd: 'scm emulator --fault \'{"op":"import","status":503,"times":1}\'', note: 'first import answers 503' },
    { cmd: 'curl -s http://127.0.0.1:8443/_emulator/state', note: 'what it received (admin API)' },
  ],
  load: () => import('./run.js'),
};
