// The renewal hooks the project ships, and what acme.sh gives a deploy hook it sources: the tests that run a
// hook by hand (without certbot or acme.sh around it) take them from here, so they all run the same stand-ins.
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

export const CERTBOT_HOOK = join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh');
export const ACME_SH_HOOK = join(ROOT, 'contrib', 'acme.sh', 'scm.sh');

/** The acme.sh helpers the hook calls (its log lines kept apart by prefix); no saved settings. */
export const ACME_SH_STUBS = `
_info() { printf '[info] %s\\n' "$*"; }
_err() { printf '[err] %s\\n' "$*" >&2; return 1; }
_debug() { :; }
_debug2() { :; }
_savedeployconf() { :; }
_getdeployconf() { :; }
`;
