// Every command, in the order `scm --help` lists them.
import { explainSpec } from './explain.js';
import type { CommandSpec } from './types.js';

export const COMMANDS: CommandSpec[] = [explainSpec];

export { GLOBAL_OPTIONS } from './global.js';
