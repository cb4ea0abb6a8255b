// Every command a person runs, as data: test/e2e/languages.test.ts runs each scenario through the built binary
// against the emulator, under LANG=zh_CN.UTF-8 (no line of English prose on stdout or stderr outside codes,
// ids, flags, paths and product names) and in English (no Chinese), with the same exit status in both; for
// --json runs, the same document apart from message/fix/hint texts. A new command adds its scenarios here, one
// line each (docs/architecture.md, "Both languages, end to end").
import type { Bundle } from '../helpers/emulator.js';

/** What a scenario's command line may refer to; made fresh for the test file, the account re-seeded per run. */
export interface Fixture {
  /** A scratch folder of this test file. */
  dir: string;
  /** A bundle folder (cert.pem, chain.pem, privkey.pem ...) whose certificate SCM holds as HELD. */
  held: Bundle;
  /** A bundle SCM does not hold. */
  fresh: Bundle;
  /** A folder whose key does not match its certificate. */
  mismatch: string;
  /** An empty folder (unreadable as a bundle). */
  empty: string;
  /** A folder for `scm export` that does not exist yet. */
  out: string;
  /** The emulator's URL. */
  url: string;
  /** A config file with a misspelt key ("regoin"). */
  typoConfig: string;
  /** A config file with a value scm cannot use (lang: fr). */
  badConfig: string;
  /** A project folder whose .scmrc others could change (ignored, with a warning). */
  openProject: string;
  /** host:port of a server that speaks first in plain text, as each of these does (GREETINGS). */
  banners: Record<keyof typeof GREETINGS, string>;
  /** host:port of a TLS server with an ECDSA and an RSA certificate for rsa.example.com (openssl s_server -dcert). */
  dual: string;
  /** The RSA certificate that server serves to clients without ECDSA. */
  dualRsa: string;
}

/** What a server says first, before any TLS: scm check names the protocol and the port with TLS from the start. */
export const GREETINGS = {
  ssh: 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3',
  smtp: '220 mail.example.test ESMTP Postfix',
  imap: '* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.',
  pop3: '+OK Dovecot ready.',
  ftp: '220 (vsFTPd 3.0.5) FTP ready',
  mailOrFtp: '220 host.example.test ready',
};

/** The clock for the dual-certificate server: its RSA certificate 11 days before its end, the ECDSA one 5 months. */
const DUAL_NOW = { SCM_NOW: '2124-12-20T12:00:00Z' };

/** The names of the HELD certificate (and of SPARE, the same certificate). */
export const HELD_CN = 'zh.example.test';

/** Certificate ids the account holds in every run: HELD is deployed (WAF cn-north-4), SPARE an older copy of it, FREE deployed nowhere. */
export const HELD = 'scs1700000000101';
export const SPARE = 'scs1700000000100';
export const FREE = 'scs1700000000200';
export const UNKNOWN = 'scs1700000000999';

export interface Scenario {
  /** What it shows (the test's name). */
  name: string;
  /** The command line after `scm`. */
  args: (f: Fixture) => string[];
  /** The exit status, the same in both languages. */
  code: number;
  /** Emulator faults set before the run (docs/emulator.md). */
  fault?: unknown;
  /** Standard input. */
  input?: (f: Fixture) => string;
  /** Extra environment (the test gives the emulator's endpoint and credentials). */
  env?: Record<string, string> | ((f: Fixture) => Record<string, string>);
  /** The working folder (default: the scratch folder). */
  cwd?: (f: Fixture) => string;
  /** A server (`scm emulator`): run until it listens, send it one request, then stop it with SIGINT. */
  serve?: boolean;
  /** stdout is code or for scripts, not prose (a --dry-run request dump, the emulator's listening line): only
   * stderr is read for English. */
  codeOnStdout?: boolean;
  /** --json: keys whose values rightly differ between the two runs (the language setting itself). */
  volatile?: string[];
}

const run = (name: string, args: Scenario['args'], code: number, more: Omit<Scenario, 'name' | 'args' | 'code'> = {}): Scenario => ({ name, args, code, ...more });

export const SCENARIOS: Scenario[] = [
  // validate
  run('validate: a good folder', (f) => ['validate', f.held.dir], 0),
  run('validate: a failing folder', (f) => ['validate', f.mismatch], 1),
  run('validate -q: a failing folder', (f) => ['validate', f.mismatch, '-q'], 1),
  run('validate: several folders, one unreadable', (f) => ['validate', f.held.dir, f.mismatch, f.empty], 2),
  run('validate: one unreadable folder', (f) => ['validate', f.empty], 2),
  run('validate: files, a missing one', (f) => ['validate', '--cert', f.held.fullchain, '--key', `${f.dir}/nope.pem`], 2),
  run('validate -: a PEM on standard input', () => ['validate', '-'], 1, { input: (f) => f.held.keyPem }),
  run('validate --json: a failing folder', (f) => ['validate', f.mismatch, '--json'], 1),
  run('validate: a folder given as --cert', (f) => ['validate', '--cert', f.held.dir, '--key', f.held.key], 2),
  // upload
  run('upload: ok', (f) => ['upload', '--cert', f.fresh.fullchain, '--key', f.fresh.key, '--name', 'zh-fresh'], 0),
  run('upload: no --name (named after the certificate)', (f) => ['upload', f.fresh.dir], 0),
  run('upload: refused offline', (f) => ['upload', f.mismatch, '--name', 'zh-bad'], 1),
  run('upload -q: refused offline', (f) => ['upload', f.mismatch, '--name', 'zh-bad', '-q'], 1),
  run('upload --json: refused offline', (f) => ['upload', f.mismatch, '--name', 'zh-bad', '--json'], 1),
  run('upload --dry-run', (f) => ['upload', f.fresh.dir, '--name', 'zh-dry', '--dry-run', '--if-changed'], 0, { codeOnStdout: true }),
  run('upload --if-changed: held under another name', (f) => ['upload', f.held.dir, '--name', 'zh-again', '--if-changed'], 0),
  run('upload --push: ok', (f) => ['upload', f.fresh.dir, '--name', 'zh-push', '--push', 'WAF:cn-north-4,ap-southeast-1'], 0),
  run('upload --push WAF: no region', (f) => ['upload', f.fresh.dir, '--push', 'WAF'], 1),
  run('upload --push: a region typo', (f) => ['upload', f.fresh.dir, '--push', 'ELB:cn-nort-4'], 1),
  run('upload --no-validate, then SCM refuses', (f) => ['upload', f.mismatch, '--name', 'zh-noval', '--no-validate'], 4),
  run('upload: nothing to upload', () => ['upload'], 2),
  run('upload --from certbot: no RENEWED_LINEAGE', () => ['upload', '--from', 'certbot'], 2),
  run('upload --from certbot: a renewal', () => ['upload', '--from', 'certbot'], 0, { env: (f) => ({ RENEWED_LINEAGE: f.fresh.dir, RENEWED_DOMAINS: 'fresh.example.test www.fresh.example.test' }) }),
  // push
  run('push: one project', () => ['push', HELD, '--service', 'ELB', '--project', 'cn-north-4'], 0),
  run('push: several projects, one fails', () => ['push', HELD, '--service', 'ELB', '--project', 'cn-north-4,ap-southeast-1'], 4, {
    fault: { op: 'batch-push', answer: { status: 200, body: { results: [{ project_name: 'cn-north-4', cert_id: 'c0ffee', message: 'success' }, { project_name: 'ap-southeast-1', cert_id: '', message: '推送失败' }] } } },
  }),
  run('push: several projects, all fail', () => ['push', HELD, '--service', 'WAF', '--project', 'cn-north-4', '--project', 'ap-southeast-1'], 4, {
    fault: { op: 'batch-push', answer: { status: 200, body: { results: [{ project_name: 'cn-north-4', cert_id: '', message: '推送失败' }, { project_name: 'ap-southeast-1', cert_id: '', message: '推送失败' }] } } },
  }),
  run('push: 504, left out of the answer: not sent again', () => ['push', HELD, '--service', 'ELB', '--project', 'cn-north-4'], 5, {
    fault: [{ op: 'push', status: 504 }, { op: 'deployed-resources', answer: { status: 200, body: { results: [] } } }],
  }),
  run('push: refused offline', () => ['push', 'scs123', '--service', 'WFA', '--project', 'cn-nort-4'], 1),
  run('push --json: refused offline', () => ['push', HELD, '--service', 'ELB', '--project', 'cn-nort-4', '--json'], 1),
  run('push --dry-run', () => ['push', HELD, '--service', 'CDN', '--project', 'cn-north-4', '--dry-run'], 0, { codeOnStdout: true }),
  run('push: missing --service', () => ['push', HELD], 2),
  // certificates in SCM
  run('list', () => ['list'], 0),
  run('list --json', () => ['list', '--json'], 0),
  run('list --expiring: none', () => ['list', '--expiring', '1'], 0),
  run('show', () => ['show', HELD], 0),
  run('show --json', () => ['show', HELD, '--json'], 0),
  run('show: an id SCM does not hold (4xx with a code)', () => ['show', UNKNOWN], 4),
  run('delete: deployed, refused', () => ['delete', HELD], 1),
  run('delete: ok', () => ['delete', FREE], 0),
  run('delete --dry-run', () => ['delete', FREE, SPARE, '--dry-run'], 0),
  run('delete --json: one refused', () => ['delete', HELD, FREE, '--json'], 1),
  run('delete: left out of the answer, refused', () => ['delete', FREE], 1, { fault: { op: 'deployed-resources', answer: { status: 200, body: { results: [] } } } }),
  run('delete: counted but not listed, refused', () => ['delete', FREE], 1, { fault: { op: 'deployed-resources', answer: { status: 200, body: { results: [{ certificate_id: FREE, total_num: 3, deployed_resources: [{ service: 'ELB', resource_num: 3, region_resources: [] }] }] } } } }),
  run('prune', () => ['prune', '--domain', HELD_CN], 0),
  run('prune --dry-run', () => ['prune', '--domain', HELD_CN, '--dry-run'], 0),
  run('prune --dry-run --json', () => ['prune', '--domain', HELD_CN, '--dry-run', '--json'], 0),
  run('export', (f) => ['export', HELD, '--out', f.out], 0),
  run('export: files already there', (f) => ['export', HELD, '--out', f.held.dir], 2),
  run('notify off', () => ['notify', 'off', HELD, FREE], 0),
  run('notify: a bad state', () => ['notify', 'maybe', HELD], 2),
  // deploy, rotate, check
  run('deploy: one WAF certificate', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001', '--waf-type', 'cloud'], 0),
  run('deploy: a resource fails', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001', '--waf-type', 'cloud'], 4, { fault: { op: 'deploy', fail_resources: ['waf-cert-0001'], error_msg: '部署失败' } }),
  run('deploy: 504, then is_error: not sent again', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001', '--waf-type', 'cloud'], 5, {
    fault: [{ op: 'deploy', status: 504 }, { op: 'deployed-resources', after: 1, answer: { status: 200, body: { results: [{ certificate_id: SPARE, total_num: 0, deployed_resources: [{ service: 'WAF', resource_num: 0, region_resources: [{ region_id: 'cn-north-4', is_error: true, resources: [] }] }] }] } } }],
  }),
  run('deploy without --waf-type: refused as cloud, deployed as premium', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001'], 0, { fault: { op: 'deploy', fail_resources: ['waf-cert-0001'], error_msg: '部署失败' } }),
  run('deploy without --waf-type: refused as both', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001'], 4, { fault: { op: 'deploy', fail_resources: ['waf-cert-0001'], error_msg: '部署失败', times: 2 } }),
  run('deploy: several WAF enterprise projects refused', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001', '--waf-type', 'cloud', '--enterprise-project-id', '0,1'], 2),
  run('deploy: WAF enterprise project "all" sent as none', () => ['deploy', SPARE, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-cert-0001', '--waf-type', 'cloud', '--enterprise-project-id', 'all'], 0),
  run('deploy: refused offline (no --project)', () => ['deploy', SPARE, '--service', 'ELB', '--resource', 'elb-cert-0001'], 1),
  run('deploy --json: refused offline', () => ['deploy', SPARE, '--service', 'ELB', '--resource', 'elb-cert-0001', '--json'], 1),
  run('deploy --dry-run', () => ['deploy', SPARE, '--service', 'CDN', '--resource', HELD_CN, '--dry-run'], 0, { codeOnStdout: true }),
  run('rotate --dry-run: the plan', () => ['rotate', HELD, '--to', SPARE, '--waf-type', 'cloud', '--dry-run'], 0),
  run('rotate: deployed, verified, old deleted', () => ['rotate', HELD, '--to', SPARE, '--waf-type', 'cloud', '--delete-old', '--disable-notifications'], 0),
  run('rotate --json', () => ['rotate', HELD, '--to', SPARE, '--waf-type', 'cloud', '--json'], 0, { volatile: ['requestIds'] }),
  run('rotate: nothing to do', () => ['rotate', FREE, '--to', SPARE], 0),
  run('rotate: a resource fails, the old one kept', () => ['rotate', HELD, '--to', SPARE, '--waf-type', 'cloud', '--delete-old'], 4, { fault: { op: 'deploy', fail_resources: ['waf-cert-0001'], error_msg: '部署失败' } }),
  run('rotate: the old one left out of the answer, kept', () => ['rotate', HELD, '--to', SPARE, '--delete-old'], 1, { fault: { op: 'deployed-resources', times: 10, answer: { status: 200, body: { results: [{ certificate_id: SPARE, total_num: 0, deployed_resources: [] }] } } } }),
  run('rotate: new files refused offline', (f) => ['rotate', '--domain', HELD_CN, f.mismatch], 1),
  run('check: a bundle folder', (f) => ['check', f.held.dir], 0),
  run('check --within: the renewal gate says renew', (f) => ['check', f.held.dir, '--within', '100000'], 1),
  run('check --json: a bundle folder', (f) => ['check', f.held.dir, '--json'], 0),
  run('check: an SCM id', () => ['check', HELD], 0),
  run('check: an unreadable folder', (f) => ['check', f.empty], 2),
  run('check: nothing listens', () => ['check', '127.0.0.1:9'], 5),
  run('check: plain HTTP on the port', (f) => ['check', new URL(f.url).host], 5),
  // A server that speaks first, in plain text (io/plain-answer.ts): its greeting quoted, the TLS port named.
  ...(Object.keys(GREETINGS) as Array<keyof typeof GREETINGS>).map((kind) => run(`check: the greeting of ${kind} on the port`, (f) => ['check', f.banners[kind]], 5)),
  run('check --json: an SMTP greeting on the port', (f) => ['check', f.banners.smtp, '--json'], 5),
  // A server with an RSA and an ECDSA certificate: the RSA one judged too, and --expect naming it.
  run('check: a dual-certificate server, its RSA certificate expiring', (f) => ['check', f.dual, '--servername', 'rsa.example.com'], 1, { env: DUAL_NOW }),
  run('check --expect: the RSA certificate of a dual-certificate server', (f) => ['check', f.dual, '--servername', 'rsa.example.com', '--expect', f.dualRsa], 1, { env: { SCM_NOW: '2124-01-01T00:00:00Z' } }),
  run('check --json --expect: the RSA certificate of a dual-certificate server', (f) => ['check', f.dual, '--servername', 'rsa.example.com', '--expect', f.dualRsa, '--json'], 1, { env: { SCM_NOW: '2124-01-01T00:00:00Z' } }),
  // settings, explain, usage
  run('config', () => ['config'], 0),
  run('config --json', () => ['config', '--json'], 0, { volatile: ['lang'] }),
  run('explain', () => ['explain', 'SCM.0014', 'key-mismatch'], 0),
  run('explain: an unknown code', () => ['explain', 'SCM.0041'], 1),
  run('explain --status (a list)', () => ['explain', '--status', '401'], 0),
  run('emulator: serving one request, then stopped', () => ['emulator', '--port', '0'], 0, { serve: true, codeOnStdout: true }),
  run('usage: an unknown option', () => ['list', '--frobnicate'], 2),
  run('usage: a flag given a value', () => ['list', '--asc=yes'], 2),
  run('usage: --timeout', () => ['list', '--timeout', 'soon'], 2),
  run('usage: --domain is a URL', () => ['prune', '--domain', 'https://www.example.com'], 2),
  run('usage: --servername is a wildcard', () => ['check', '127.0.0.1:9', '--servername', '*.example.com'], 2),
  run('usage: --retries', () => ['push', HELD, '--service', 'CDN', '--retries', '11'], 2),
  run('usage: a region typo', () => ['list', '--region', 'cn-nort-4'], 2, { env: { SCM_ENDPOINT: '' } }),
  run('usage: plain http to a remote host', () => ['list', '--endpoint', 'http://scm.example.com'], 2),
  run('usage: emulator --port', () => ['emulator', '--port', '70000'], 2),
  run('usage: emulator --fault', () => ['emulator', '--fault', '{"op":"nope"}'], 2),
  run('usage: emulator --state a folder', () => ['emulator', '--state', '/'], 2),
  // settings
  run('config file: a misspelt key', (f) => ['list', '--config', f.typoConfig], 2),
  run('config file: a bad value', (f) => ['config', '--config', f.badConfig], 2),
  run('config file: ignored (others can change it)', () => ['list', '-q'], 0, { cwd: (f) => f.openProject }),
  run('credentials: half a pair', () => ['list'], 3, { env: { HUAWEICLOUD_SDK_SK: '' } }),
  run('credentials: a token with a line break', () => ['list'], 3, { env: { SCM_AUTH_TOKEN: 'MIIEtoken-first-line\nsecond-line' } }),
  // network
  run('network: nothing listens at the endpoint', () => ['list', '--retries', '0'], 5, { env: { SCM_ENDPOINT: 'http://127.0.0.1:9' } }),
  // API errors
  run('API: credentials refused (401)', () => ['list'], 3, { env: { HUAWEICLOUD_SDK_SK: 'not-the-secret-key-0000' } }),
  run('API: no credentials', () => ['show', HELD], 3, { env: { HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '' } }),
  run('API: no permission (the IAM action named)', () => ['show', HELD], 3, { fault: { op: 'show', status: 401, error_code: 'SCM.4002' } }),
  run('API: 4xx with a code', () => ['push', HELD, '--service', 'WAF', '--project', 'ap-southeast-1'], 4, { fault: { op: 'push', status: 400, error_code: 'SCM.0069' } }),
  run('API: 502 after retries', () => ['list', '--retries', '1'], 5, { fault: { op: 'list', status: 502, times: 5 } }),
  run('API: 504 on import (looked up, then retried)', (f) => ['upload', f.fresh.dir, '--name', 'zh-504'], 0, { fault: { op: 'import', status: 504, commit: true } }),
  run('API: a timeout', () => ['show', HELD, '--timeout', '0.3', '--retries', '0'], 5, { fault: { op: 'show', delay_ms: 1500 } }),
  run('API: an import timeout', (f) => ['upload', f.fresh.dir, '--name', 'zh-slow', '--timeout', '0.5', '--retries', '0'], 5, { fault: { op: 'import', delay_ms: 2000 } }),
  run('API: an answer scm cannot read', () => ['list'], 5, { fault: { op: 'list', action: 'malformed-json', times: 5 } }),
  run('API: an answer cut off mid-body', () => ['show', HELD, '--retries', '0'], 5, { fault: { op: 'show', action: 'close-mid-body' } }),
  run('API: 4xx on a page of the list', () => ['prune', '--domain', HELD_CN], 4, { fault: { op: 'list', status: 400, error_code: 'SCM.0005', times: 2 } }), // asked again without expired_days_since (list-expired.ts), refused again
  run('API: Retry-After longer than scm waits', () => ['list', '--retries', '1'], 5, { fault: { op: 'list', status: 429, retry_after: 120 } }),
  run('API: delete, the first answer lost (504), the retry finds it gone', () => ['delete', FREE], 0, { fault: { op: 'delete', status: 504, commit: true } }),
];
