import type { CommandSpec } from './types.js';

export const pushSpec: CommandSpec = {
  name: 'push',
  summary: 'push an imported certificate to CDN, WAF or ELB',
  args: [{ name: 'certificate-id', description: 'the SCM certificate id (scs + 13 digits)', required: true, complete: 'none' }],
  options: [{ flags: '--json', description: 'print one JSON document' }],
  examples: [{ cmd: 'scm push scs1700000000000 --service WAF --project cn-north-4', note: 'push to WAF in one region' }],
};
