// Every command, in the order `scm --help` lists them.
import { checkSpec } from './check/spec.js';
import { completionSpec } from './completion/spec.js';
import { configSpec } from './config/spec.js';
import { deleteSpec } from './delete/spec.js';
import { deploySpec } from './deploy/spec.js';
import { emulatorSpec } from './emulator/spec.js';
import { explainSpec } from './explain/spec.js';
import { exportSpec } from './export/spec.js';
import { listSpec } from './list/spec.js';
import { notifySpec } from './notify/spec.js';
import { pruneSpec } from './prune/spec.js';
import { pushSpec } from './push/spec.js';
import { rotateSpec } from './rotate/spec.js';
import { showSpec } from './show/spec.js';
import type { CommandSpec } from './types.js';
import { uploadSpec } from './upload/spec.js';
import { validateSpec } from './validate/spec.js';

export const COMMANDS: CommandSpec[] = [validateSpec, uploadSpec, pushSpec, listSpec, showSpec, deleteSpec, pruneSpec, exportSpec, notifySpec, deploySpec, rotateSpec, checkSpec, explainSpec, configSpec, completionSpec, emulatorSpec];

export { GLOBAL_OPTIONS } from './shared/global-options.js';
