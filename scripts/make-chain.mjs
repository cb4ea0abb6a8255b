// A root -> intermediate -> leaf chain (EC P-256, SAN = cn and www.cn) made with the openssl CLI, for the demo
// and for tests that need fresh, distinct bundles (test/helpers/emulator.ts). Writes cert.pem (leaf),
// inter.pem, chain.pem, fullchain.pem and privkey.pem into `dir`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeChain(dir, { cn = 'app.example.test', days = 36500, label = 'Test' } = {}) {
  mkdirSync(dir, { recursive: true });
  const ossl = (...args) => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  const d = String(days);
  writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n');
  writeFileSync(join(dir, 'leaf.ext'), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${cn},DNS:www.${cn}\n`);
  ossl('req', '-x509', ...ec, '-keyout', 'root.key', '-out', 'root.pem', '-subj', `/CN=${label} Root CA`, '-days', d);
  ossl('req', ...ec, '-keyout', 'inter.key', '-out', 'inter.csr', '-subj', `/CN=${label} Intermediate CA`);
  ossl('x509', '-req', '-in', 'inter.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'inter.pem', '-days', d, '-extfile', 'ca.ext');
  ossl('req', ...ec, '-keyout', 'privkey.pem', '-out', 'leaf.csr', '-subj', `/CN=${cn}`);
  ossl('x509', '-req', '-in', 'leaf.csr', '-CA', 'inter.pem', '-CAkey', 'inter.key', '-CAcreateserial', '-out', 'cert.pem', '-days', d, '-extfile', 'leaf.ext');
  const leaf = readFileSync(join(dir, 'cert.pem'), 'utf8');
  const inter = readFileSync(join(dir, 'inter.pem'), 'utf8');
  writeFileSync(join(dir, 'chain.pem'), inter);
  writeFileSync(join(dir, 'fullchain.pem'), leaf + inter);
  return { dir, cert: join(dir, 'cert.pem'), key: join(dir, 'privkey.pem'), chain: join(dir, 'chain.pem'), fullchain: join(dir, 'fullchain.pem') };
}
