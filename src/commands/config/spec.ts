import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const configSpec: CommandSpec = {
  name: 'config',
  summary: 'show the effective settings (endpoint, credentials, timeouts ...) and where each comes from',
  args: [],
  options: [
    ...API_OPTIONS,
    { flags: '--json', description: 'print one JSON document (secrets masked there too)' },
  ],
  examples: [
    { cmd: 'scm config', note: 'every setting, its value (secrets masked) and its source' },
    { cmd: "scm config --json | jq -r '.settings.endpoint.value'", note: 'the endpoint an upload would use' },
    { cmd: 'SCM_ENDPOINT=http://127.0.0.1:8443 scm config', note: 'check what an override changes' },
    { cmd: 'cd /srv/site && scm config', note: 'which project file (.scmrc ...) applies here' },
  ],
  load: () => import('./run.js'),
};
