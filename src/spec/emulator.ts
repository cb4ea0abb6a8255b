import type { CommandSpec } from './types.js';

export const emulatorSpec: CommandSpec = {
  name: 'emulator',
  summary: 'run a local SCM API for demos and tests',
  args: [],
  options: [{ flags: '--port <n>', description: 'port on 127.0.0.1 (0 or none: any free port)', integer: true, complete: 'none' }],
  examples: [{ cmd: 'scm emulator --port 8443', note: 'start the emulator' }],
};
