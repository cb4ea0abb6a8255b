// What each ACME client's hook environment says about the certificate it just issued: the files to upload
// and its domains. Pure: reads only the env object it is given; the files are read later like --cert/--key.
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { t, type Lang, type Message, type Params } from '../i18n.js';
import type { AcmeClient } from './clients.js';
import { A } from './messages.js';

export type Env = Record<string, string | undefined>;

export interface AcmeInputs {
  client: AcmeClient;
  /** The certificate file (a full chain, leaf first, for every client but acme.sh without a fullchain). */
  cert: string;
  key: string;
  chain?: string;
  /** The certificate's domains as the client lists them, first the main one; empty when it said none. */
  domains: string[];
  /** The variable the domains came from (or would have), for messages. */
  domainVariable: string;
  /** Whether that variable is in the environment at all: without domains, it "is empty" rather than "is not set". */
  domainVariableSet: boolean;
  /**
   * lego: the issuer certificate lego names (LEGO_HOOK_ISSUER_CERT_PATH in v5, LEGO_ISSUER_CERT_PATH in newer v4),
   * the chain when the certificate file holds the leaf alone (--no-bundle); upload/inputs.ts decides.
   */
  issuer?: { variable: string; path: string };
  /** The folder a variable names, the files being in it (certbot's RENEWED_LINEAGE): one that is not a folder is said so. */
  folder?: { variable: string; path: string };
  /** `NAME=value` of every variable used, for the log line on stderr (paths and domains only, never secrets). */
  used: string[];
}

/** Every variable `--from` may read, per client (for `scm help environment` and its test). */
export const ACME_VARIABLES: Record<AcmeClient, readonly string[]> = {
  certbot: ['RENEWED_LINEAGE', 'RENEWED_DOMAINS'],
  lego: ['LEGO_HOOK_CERT_PATH', 'LEGO_HOOK_CERT_KEY_PATH', 'LEGO_HOOK_ISSUER_CERT_PATH', 'LEGO_HOOK_CERT_DOMAINS', 'LEGO_HOOK_CERT_NAME', 'LEGO_CERT_PATH', 'LEGO_CERT_KEY_PATH', 'LEGO_ISSUER_CERT_PATH', 'LEGO_CERT_DOMAIN'],
  'acme.sh': ['CERT_PATH', 'CERT_KEY_PATH', 'CA_CERT_PATH', 'CERT_FULLCHAIN_PATH', 'Le_Domain'],
};

const HOOK_HINT: Record<AcmeClient, Message> = { certbot: A.hookCertbot, lego: A.hookLego, 'acme.sh': A.hookAcmeSh };

function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function missing(client: AcmeClient, lang: Lang, what: Message, params: Params = {}): UsageError {
  return new UsageError(t(lang, A.missing, { client, what: t(lang, what, params) }), { hint: t(lang, A.hint, { how: t(lang, HOOK_HINT[client]) }) });
}

/** `why`: what the variable is for, when its being needed depends on the others (CA_CERT_PATH). */
function need(client: AcmeClient, env: Env, name: string, used: string[], lang: Lang, why?: Message): string {
  const v = value(env, name);
  if (v === undefined) {
    const state = env[name] === undefined ? A.notSet : A.empty;
    throw why ? missing(client, lang, why, { what: t(lang, state, { name }) }) : missing(client, lang, state, { name });
  }
  used.push(`${name}=${v}`);
  return v;
}

/** The issuer file a lego hook variable names, when it is set (lego sets it whenever the CA sent an issuer). */
const issuerIn = (env: Env, variable: string): { issuer?: { variable: string; path: string } } => {
  const path = value(env, variable);
  return path === undefined ? {} : { issuer: { variable, path } };
};

const list = (text: string | undefined, separator: RegExp): string[] => (text ?? '').split(separator).map((d) => d.trim()).filter(Boolean);

function certbot(env: Env, lang: Lang): AcmeInputs {
  const used: string[] = [];
  const lineage = need('certbot', env, 'RENEWED_LINEAGE', used, lang);
  const domains = list(value(env, 'RENEWED_DOMAINS'), /\s+/);
  if (domains.length > 0) used.push(`RENEWED_DOMAINS=${domains.join(' ')}`);
  // fullchain.pem is the leaf then the chain: the validator splits it, as for --cert fullchain.pem.
  return {
    client: 'certbot', cert: join(lineage, 'fullchain.pem'), key: join(lineage, 'privkey.pem'), domains, domainVariable: 'RENEWED_DOMAINS',
    domainVariableSet: env.RENEWED_DOMAINS !== undefined, folder: { variable: 'RENEWED_LINEAGE', path: lineage }, used,
  };
}

function lego(env: Env, lang: Lang): AcmeInputs {
  const used: string[] = [];
  // v5 names win; v4 (LEGO_CERT_*) is the fallback. LEGO_*CERT_PATH is the full chain unless --no-bundle; the
  // issuer variable names the chain file either way, so it is used only beside a leaf alone (upload/inputs.ts).
  if (value(env, 'LEGO_HOOK_CERT_PATH') !== undefined || value(env, 'LEGO_HOOK_CERT_KEY_PATH') !== undefined) {
    const cert = need('lego', env, 'LEGO_HOOK_CERT_PATH', used, lang);
    const key = need('lego', env, 'LEGO_HOOK_CERT_KEY_PATH', used, lang);
    const fromDomains = list(value(env, 'LEGO_HOOK_CERT_DOMAINS'), /\s*,\s*|\s+/);
    const domains = fromDomains.length > 0 ? fromDomains : list(value(env, 'LEGO_HOOK_CERT_NAME'), /\s+/);
    if (domains.length > 0) used.push(`${fromDomains.length > 0 ? 'LEGO_HOOK_CERT_DOMAINS' : 'LEGO_HOOK_CERT_NAME'}=${domains.join(',')}`);
    return { client: 'lego', cert, key, domains, domainVariable: 'LEGO_HOOK_CERT_DOMAINS', domainVariableSet: env.LEGO_HOOK_CERT_DOMAINS !== undefined, used, ...issuerIn(env, 'LEGO_HOOK_ISSUER_CERT_PATH') };
  }
  if (value(env, 'LEGO_CERT_PATH') === undefined && value(env, 'LEGO_CERT_KEY_PATH') === undefined) {
    throw missing('lego', lang, A.legoNeither);
  }
  const cert = need('lego', env, 'LEGO_CERT_PATH', used, lang);
  const key = need('lego', env, 'LEGO_CERT_KEY_PATH', used, lang);
  const domains = list(value(env, 'LEGO_CERT_DOMAIN'), /\s*,\s*|\s+/);
  if (domains.length > 0) used.push(`LEGO_CERT_DOMAIN=${domains.join(',')}`);
  return { client: 'lego', cert, key, domains, domainVariable: 'LEGO_CERT_DOMAIN', domainVariableSet: env.LEGO_CERT_DOMAIN !== undefined, used, ...issuerIn(env, 'LEGO_ISSUER_CERT_PATH') };
}

function acmeSh(env: Env, lang: Lang): AcmeInputs {
  const used: string[] = [];
  const key = need('acme.sh', env, 'CERT_KEY_PATH', used, lang);
  const domains = list(value(env, 'Le_Domain'), /\s+/);
  if (domains.length > 0) used.push(`Le_Domain=${domains.join(' ')}`);
  const base = { client: 'acme.sh' as const, key, domains, domainVariable: 'Le_Domain', domainVariableSet: env.Le_Domain !== undefined, used };
  if (value(env, 'CERT_FULLCHAIN_PATH') !== undefined) return { ...base, cert: need('acme.sh', env, 'CERT_FULLCHAIN_PATH', used, lang) };
  if (value(env, 'CERT_PATH') === undefined) throw missing('acme.sh', lang, A.acmeShNeither);
  const cert = need('acme.sh', env, 'CERT_PATH', used, lang);
  // CERT_PATH is the leaf alone (acme.sh's <domain>.cer): without its CA file the upload would be refused as
  // chain-too-short (exit 1), when what is wrong is the hook environment.
  const chain = need('acme.sh', env, 'CA_CERT_PATH', used, lang, A.forChain);
  return { ...base, cert, chain };
}

/** The inputs of `scm upload --from CLIENT`; a UsageError (exit 2) naming the variable that is missing or empty. */
export function acmeInputs(client: AcmeClient, env: Env, lang: Lang = 'en'): AcmeInputs {
  switch (client) {
    case 'certbot':
      return certbot(env, lang);
    case 'lego':
      return lego(env, lang);
    case 'acme.sh':
      return acmeSh(env, lang);
  }
}

/** The UsageError (exit 2) for a `folder` that is there and not a folder: read as one, its files would be "not a directory". */
export function notAFolder(inputs: AcmeInputs, lang: Lang = 'en'): UsageError {
  return missing(inputs.client, lang, A.notAFolder, { name: inputs.folder?.variable ?? '', path: inputs.folder?.path ?? '' });
}

/** The UsageError (exit 2) for a `folder` that is not there: said before anything else is missing, as the cause. */
export function noFolder(inputs: AcmeInputs, lang: Lang = 'en'): UsageError {
  return missing(inputs.client, lang, A.noFolder, { name: inputs.folder?.variable ?? '', path: inputs.folder?.path ?? '' });
}

/** The domain a default name is made from; a UsageError naming the variable when the client gave none. */
export function mainDomain(inputs: AcmeInputs, lang: Lang = 'en'): string {
  const domain = inputs.domains[0];
  if (domain === undefined) {
    // Blank (RENEWED_DOMAINS=" ") is said as for any other variable: "is empty", not "is not set".
    const what = t(lang, inputs.domainVariableSet ? A.empty : A.notSet, { name: inputs.domainVariable });
    throw missing(inputs.client, lang, A.noDomain, { what });
  }
  return domain;
}
