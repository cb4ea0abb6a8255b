import type { CommandSpec } from '../types.js';
import { API_OPTIONS } from '../shared/api-options.js';


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
  load: () => import('./run.js'),
};
