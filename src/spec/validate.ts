import type { CommandSpec } from './types.js';

export const validateSpec: CommandSpec = {
  name: 'validate',
  summary: "check a certificate bundle offline against SCM's upload rules",
  args: [{ name: 'bundles', description: 'bundle folders (such as /etc/letsencrypt/live/example.com)', variadic: true, complete: 'dir' }],
  options: [
    { flags: '--cert <file>', description: 'certificate (PEM or DER; may hold the whole chain, leaf first)', complete: 'file' },
    { flags: '--key <file>', description: 'private key (PEM or DER)', complete: 'file' },
    { flags: '--json', description: 'print one JSON document' },
  ],
  examples: [
    { cmd: 'scm validate --cert fullchain.pem --key privkey.pem', note: 'a certificate and its key' },
    { cmd: 'scm validate /etc/letsencrypt/live/*', note: 'every certbot bundle' },
  ],
};
