// Every command, in the order `scm --help` lists them.
import { completionSpec } from './completion.js';
import { configSpec } from './config.js';
import { emulatorSpec } from './emulator.js';
import { explainSpec } from './explain.js';
import { pushSpec } from './push.js';
import type { CommandSpec } from './types.js';
import { uploadSpec } from './upload.js';
import { validateSpec } from './validate.js';

export const COMMANDS: CommandSpec[] = [validateSpec, uploadSpec, pushSpec, explainSpec, configSpec, completionSpec, emulatorSpec];

export { GLOBAL_OPTIONS } from './global.js';
