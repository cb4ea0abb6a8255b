import { ACME_CLIENTS } from '../../core/acme/clients.js';
import { API_OPTIONS } from '../shared/api-options.js';
import { INPUT_OPTIONS } from '../shared/input-options.js';
import type { CommandSpec } from '../types.js';

export const uploadSpec: CommandSpec = {
  name: 'upload',
  summary: 'validate, then import a certificate into SCM (and optionally push it)',
  args: [{ name: 'bundle', description: 'a bundle folder such as /etc/letsencrypt/live/example.com (instead of --cert/--key)', complete: 'dir' }],
  options: [
    ...INPUT_OPTIONS,
    { flags: '--from <client>', description: "in a renewal hook: take the files from certbot's, lego's or acme.sh's hook environment (RENEWED_LINEAGE, LEGO_CERT_PATH, CERT_PATH ...)", choices: ACME_CLIENTS, complete: 'none' },
    { flags: '--name <name>', description: 'certificate name in SCM: 3-63 letters, digits, _ - . (required, except with --from: <domain>-<YYYYMMDD>)', complete: 'none' },
    { flags: '--enterprise-project-id <id>', description: 'enterprise project: 0 (default), all, or its UUID', complete: 'none' },
    ...API_OPTIONS,
    { flags: '--if-changed', description: 'do nothing (exit 0, print its id) when SCM already holds this certificate (same SHA-1 fingerprint)' },
    { flags: '--allow-duplicate', description: 'let SCM store a second copy of a certificate it already holds (duplicate_check=true)' },
    { flags: '--push <target>', description: 'then push it: SERVICE or SERVICE:REGION[,REGION...], e.g. WAF:cn-north-4 (repeatable)', repeatable: true, complete: 'service' },
    { flags: '--no-validate', description: 'do not stop on validation errors (says on stderr what it ignores)' },
    { flags: '--dry-run', description: 'print the request that would be sent (private key redacted), send nothing' },
    { flags: '--json', description: 'print one JSON document' },
    { flags: '-q, --quiet', description: 'print only the certificate id (for id=$(scm upload ...))' },
  ],
  examples: [
    { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com-2026', note: 'validate, then import' },
    { cmd: "certbot renew --deploy-hook 'scm upload --from certbot --if-changed'", note: 'renewal hook: name <domain>-<date>, upload only when new' },
    { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com --push WAF:cn-north-4', note: 'import and push in one step' },
    { cmd: 'id=$(scm upload /etc/letsencrypt/live/example.com --name example-com --if-changed -q)', note: 'in a script: the id alone on stdout' },
  ],
  load: () => import('./run.js'),
};
