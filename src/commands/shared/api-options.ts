// Options shared by every command that calls the SCM API (one definition for help, completions and parsing).
import type { OptionSpec } from '../types.js';

export const API_OPTIONS: OptionSpec[] = [
  { flags: '--region <region>', description: 'SCM site: cn-north-4 (default), ap-southeast-1, my-kualalumpur-1, eu-west-101', complete: 'region' },
  { flags: '--endpoint <url>', description: 'SCM endpoint URL (overrides --region, $SCM_ENDPOINT and the config file; http only to 127.0.0.1)', complete: 'none' },
  { flags: '--timeout <seconds>', description: 'per-request timeout (default 30)', complete: 'none' },
  { flags: '--retries <n>', description: 'retries on 429, 5xx and connection errors (default 3; 0-10)', integer: true, complete: 'none' },
];
