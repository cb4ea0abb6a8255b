// Options every command accepts (declared once on the root program).
import type { OptionSpec } from '../types.js';

export const GLOBAL_OPTIONS: OptionSpec[] = [
  { flags: '--lang <lang>', description: 'language of everything scm says: en or zh (default from LC_ALL, LC_MESSAGES, LANG)', choices: ['en', 'zh'], complete: 'lang' },
  { flags: '--debug', description: 'print stack traces and request traces (secrets stay redacted)' },
  { flags: '--no-color', description: 'never colour output (also NO_COLOR=1 or TERM=dumb)' },
  { flags: '--no-input', description: "never prompt or wait on a terminal: '-' with a terminal on stdin fails at once (implied by CI=true)" },
];
