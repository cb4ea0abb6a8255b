// Certificates made with the openssl CLI for the chain tests that need a shape of their own (an expired root, two
// CAs that issued each other, a CA given twice): each call writes NAME.key (EC P-256, made once) and NAME.pem.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CONFIG = `[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[leaf]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:app.example.test
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

export interface MintOptions {
  /** The issuer's certificate (NAME.pem in `dir`, signed with NAME.key unless `byKey`); none: self-signed. */
  by?: string;
  /** The issuer's key, when its certificate is a copy written under another name. */
  byKey?: string;
  /** The subject CN; the name by default. */
  cn?: string;
  /** The key of another name (the same CA cross-signed or reissued). */
  keyOf?: string;
  days?: number;
  /** A leaf (serverAuth, DNS:app.example.test) instead of a CA. */
  leaf?: boolean;
  /** The file written (without .pem); the name by default. */
  out?: string;
}

/** Writes `dir`/NAME.pem (and NAME.key when new); returns the PEM text. */
export function mint(dir: string, name: string, o: MintOptions = {}): string {
  const config = join(dir, 'mint.cnf');
  if (!existsSync(config)) writeFileSync(config, CONFIG);
  const run = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = `${o.keyOf ?? name}.key`;
  if (!existsSync(join(dir, key))) run('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key);
  const out = `${o.out ?? name}.pem`;
  const ext = o.leaf ? 'leaf' : 'ca';
  const subj = `/CN=${o.cn ?? name}`;
  const days = String(o.days ?? 3650);
  if (!o.by) run('req', '-x509', '-new', '-key', key, '-subj', subj, '-days', days, '-config', config, '-extensions', ext, '-out', out);
  else {
    run('req', '-new', '-key', key, '-subj', subj, '-config', config, '-out', `${name}.csr`);
    run('x509', '-req', '-in', `${name}.csr`, '-CA', `${o.by}.pem`, '-CAkey', `${o.byKey ?? o.by}.key`, '-set_serial', String(Date.now() % 1e9 + Math.floor(Math.random() * 1e6)),
      '-days', days, '-extfile', config, '-extensions', ext, '-out', out);
  }
  return readFileSync(join(dir, out), 'utf8');
}
