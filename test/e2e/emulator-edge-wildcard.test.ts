// The emulator's TLS edge serves a name under a wildcard CDN domain (CDN's 泛域名, `*.wild.test`) with the certificate
// deployed to that domain, as CDN does: after `scm deploy --service CDN --resource '*.wild.test'`, a check of
// x.wild.test at the edge proves it. An exact CDN domain still comes first. Through the built binary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let edge: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

/** root -> leaf for *.wild.test and wild.test (EC P-256), made with the openssl CLI. */
function wildcard(): { cert: string; chain: string; key: string } {
  const ossl = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  writeFileSync(join(dir, 'leaf.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:*.wild.test,DNS:wild.test\n');
  writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  ossl('req', '-x509', ...ec, '-keyout', 'root.key', '-out', 'root.pem', '-subj', '/CN=Wild Root CA', '-days', '3650', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ossl('req', ...ec, '-keyout', 'wild.key', '-out', 'wild.csr', '-subj', '/CN=*.wild.test');
  ossl('x509', '-req', '-in', 'wild.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'wild.pem', '-days', '3650', '-extfile', 'leaf.ext');
  return { cert: readFileSync(join(dir, 'wild.pem'), 'utf8'), chain: readFileSync(join(dir, 'root.pem'), 'utf8'), key: readFileSync(join(dir, 'wild.key'), 'utf8') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-edge-wildcard-'));
  emu = await spawnEmulator(['--edge-port', '0', '--quiet']);
  edge = await emu.edgeUrl();
}, 60_000);
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('a name under a wildcard CDN domain is served the certificate deployed there; an exact domain comes first', async () => {
  const w = wildcard();
  const other = makeBundle(join(dir, 'other'), { cn: 'wild.test' });
  const [wild, exact] = (await emu.seed({ certificates: [
    { name: 'wild', pem: w.cert, chain: w.chain, private_key: w.key },
    { name: 'exact', pem: readFileSync(other.cert, 'utf8'), chain: readFileSync(other.chain, 'utf8'), private_key: other.keyPem },
  ] })).certificates as [string, string];
  await emu.seed({ resources: [{ service: 'CDN', kind: 'domain', id: '*.wild.test' }, { service: 'CDN', kind: 'domain', id: 'www.wild.test', certificate_id: exact }] });
  const before = await run(['check', edge, '--servername', 'x.wild.test', '--expect', wild, '--timeout', '5']);
  expect(before.code).toBe(1);
  expect((await run(['deploy', wild, '--service', 'CDN', '--resource', '*.wild.test'])).code).toBe(0);
  const after = await run(['check', edge, '--servername', 'x.wild.test', '--expect', wild, '--timeout', '5']);
  expect(after.code, after.stdout).toBe(0);
  expect(after.stdout).toContain(`matches ${wild}`);
  // www.wild.test is a CDN domain of its own: the certificate deployed there, not the wildcard's.
  const www = await run(['check', edge, '--servername', 'www.wild.test', '--expect', exact, '--timeout', '5']);
  expect(www.code, www.stdout).toBe(0);
});
