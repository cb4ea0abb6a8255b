import type { CommandSpec } from './types.js';

export const uploadSpec: CommandSpec = {
  name: 'upload',
  summary: 'validate, then import a certificate into SCM',
  args: [],
  options: [{ flags: '--json', description: 'print one JSON document' }],
  examples: [{ cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com', note: 'import a certificate' }],
};
