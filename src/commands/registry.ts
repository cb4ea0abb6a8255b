// Every command, in the order `scm --help` lists them.
import { completionSpec } from './completion/spec.js';
import { configSpec } from './config/spec.js';
import { emulatorSpec } from './emulator/spec.js';
import { explainSpec } from './explain/spec.js';
import { pushSpec } from './push/spec.js';
import type { CommandSpec } from './types.js';
import { uploadSpec } from './upload/spec.js';
import { validateSpec } from './validate/spec.js';

export const COMMANDS: CommandSpec[] = [validateSpec, uploadSpec, pushSpec, explainSpec, configSpec, completionSpec, emulatorSpec];

export { GLOBAL_OPTIONS } from './shared/global-options.js';
