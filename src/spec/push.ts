import type { CommandSpec, OptionSpec } from './types.js';

/** Options shared by the commands that call the SCM API (upload, push). */
export const API_OPTIONS: OptionSpec[] = [
  { flags: '--region <region>', description: 'SCM site: cn-north-4 (default), ap-southeast-1, my-kualalumpur-1, eu-west-101', complete: 'region' },
  { flags: '--endpoint <url>', description: 'SCM endpoint URL (overrides --region, $SCM_ENDPOINT and the config file; http only to 127.0.0.1)', complete: 'none' },
  { flags: '--timeout <seconds>', description: 'per-request timeout (default 30)', complete: 'none' },
  { flags: '--retries <n>', description: 'retries on 429, 5xx and connection errors (default 3; 0-10)', integer: true, complete: 'none' },
];

export const pushSpec: CommandSpec = {
  name: 'push',
  summary: 'push an imported certificate to CDN, WAF or ELB',
  args: [{ name: 'certificate-id', description: 'the SCM certificate id (scs + 13 digits)', required: true, complete: 'none' }],
  options: [
    { flags: '--service <service>', description: 'target service: CDN, WAF or ELB', complete: 'service' },
    { flags: '--project <region>', description: 'region (project) of the WAF/ELB instance; repeat for several (CDN needs none)', repeatable: true, complete: 'region' },
    ...API_OPTIONS,
    { flags: '--dry-run', description: 'print the request(s) that would be sent, send nothing' },
    { flags: '--json', description: 'print one JSON document' },
    { flags: '-q, --quiet', description: 'no output on success' },
  ],
  examples: [
    { cmd: 'scm push scs1700000000000 --service WAF --project cn-north-4', note: 'push to WAF in one region' },
    { cmd: 'scm push scs1700000000000 --service ELB --project cn-north-4 --project ap-southeast-1', note: 'several regions: one batch push, a result per region' },
    { cmd: 'scm push scs1700000000000 --service CDN', note: 'CDN is global: no project' },
  ],
};
