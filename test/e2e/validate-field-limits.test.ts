// The ImportCertificate field limits (SCM API §2.1: certificate ≤ 4096 characters, certificate_chain ≤ 8192,
// private_key ≤ 4096; SCM.0005) measured on what scm sends, through the built binary with real certificates made
// by openssl here: a leaf with a long SAN list and an intermediate, each padded to an exact size. A PEM's length
// moves in steps (base64 in fours, a line end every 64), so the certificate's largest length at or under 4096 is
// 4093 and its next 4097; the chain's 8192 is reached exactly, and 8193 with the root after it. What is counted is
// the PEM sent: relabelled (TRUSTED CERTIFICATE), CRLF made LF, the chain split off --cert, one trailing newline.
// One cause, one finding: a leaf too long is cert-too-long alone, the chain is chain-too-long alone.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const at = (f: string): string => join(dir, f);
const ossl = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
const pemLength = (derLength: number): number => {
  const b64 = 4 * Math.ceil(derLength / 3);
  return '-----BEGIN CERTIFICATE-----\n'.length + b64 + Math.ceil(b64 / 64) + '-----END CERTIFICATE-----\n'.length;
};
const derOf = (file: string): number => new X509Certificate(readFileSync(at(file))).raw.length;

/** Signs `csr` as `out` (by `ca`: every inter-*.pem has inter.key) with `ext` plus a padding extension of `pad` characters (at least 300: its length octets stay two). */
function sign(csr: string, out: string, ca: string, ext: string, pad: number): void {
  const caKey = ca.startsWith('inter') ? 'inter' : ca;
  writeFileSync(at(`${out}.ext`), `${ext}\n1.3.6.1.4.1.55555.1=ASN1:UTF8String:${'p'.repeat(pad)}\n`);
  ossl('x509', '-req', '-in', csr, '-CA', `${ca}.pem`, '-CAkey', `${caKey}.key`, '-set_serial', '7', '-days', '3650', '-sha256', '-out', `${out}.pem`, '-extfile', `${out}.ext`);
}

/** `out` signed with the padding that makes its DER `der` bytes long (one byte of padding is one byte of DER). */
function sized(csr: string, out: string, ca: string, ext: string, der: number): void {
  sign(csr, out, ca, ext, 300);
  sign(csr, out, ca, ext, 300 + der - derOf(`${out}.pem`));
  expect(derOf(`${out}.pem`)).toBe(der);
}

const CA_EXT = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign';
const SANS = Array.from({ length: 80 }, (_, i) => `DNS:host-${i}.lim.example.com`).join(',');
const LEAF_EXT = `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:lim.example.com,${SANS}`;

type Out = { valid: boolean; findings: { rule: string; code: string; message: string }[] };
const validate = async (...args: string[]): Promise<Out> => JSON.parse((await runCli(['validate', ...args, '--json'], { cwd: dir })).stdout) as Out;
const rules = (o: Out): string[] => o.findings.filter((f) => f.rule.endsWith('-too-long')).map((f) => `${f.rule} ${f.code}: ${f.message}`);

describeFixtures('field limits as sent', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-limits-'));
    ossl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'root.key', '-out', 'root.pem', '-subj', '/CN=Limits Root', '-days', '3650', '-set_serial', '1');
    ossl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'inter.key', '-out', 'inter.csr', '-subj', '/CN=Limits Intermediate');
    ossl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=lim.example.com');
    sign('inter.csr', 'inter', 'root', CA_EXT, 300);
    // 2982 bytes of DER are 4093 characters of PEM, 2983 are 4097: the last length under the limit, the first over.
    expect([pemLength(2982), pemLength(2983)]).toEqual([4093, 4097]);
    sized('leaf.csr', 'leaf-4093', 'inter', LEAF_EXT, 2982);
    sized('leaf.csr', 'leaf-4097', 'inter', LEAF_EXT, 2983);
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('certificate: 4093 characters pass, 4097 are cert-too-long (SCM.0005) alone', async () => {
    expect(readFileSync(at('leaf-4093.pem'), 'utf8')).toHaveLength(4093);
    const ok = await validate('--cert', 'leaf-4093.pem', '--chain', 'inter.pem', '--key', 'leaf.key');
    expect([ok.valid, rules(ok)]).toEqual([true, []]);
    const over = await validate('--cert', 'leaf-4097.pem', '--chain', 'inter.pem', '--key', 'leaf.key');
    expect([over.valid, rules(over)]).toEqual([false, ['cert-too-long SCM.0005: the certificate (leaf only) is 4097 characters; SCM accepts at most 4096']]);
  });

  it('what is sent is counted: CRLF, a TRUSTED CERTIFICATE label, blank lines, and the chain in --cert do not count', async () => {
    const pem = readFileSync(at('leaf-4093.pem'), 'utf8');
    const dressed = `\r\n\r\n${pem.replace(/CERTIFICATE-----/g, 'TRUSTED CERTIFICATE-----').replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(dressed.length).toBeGreaterThan(4096);
    writeFileSync(at('dressed.pem'), dressed + readFileSync(at('inter.pem'), 'utf8'));
    const r = await validate('--cert', 'dressed.pem', '--key', 'leaf.key');
    expect([r.valid, rules(r)]).toEqual([true, []]);
  });

  it('certificate_chain: exactly 8192 passes; 8193 (the root after it) is chain-too-long (SCM.0005) alone', async () => {
    // An intermediate of 6009 bytes of DER is 8192 characters of PEM, issuing the 4093-character leaf.
    expect(pemLength(6009)).toBe(8192);
    sized('inter.csr', 'inter-8192', 'root', CA_EXT, 6009);
    sign('leaf.csr', 'leaf-under-big', 'inter-8192', LEAF_EXT, 300);
    const ok = await validate('--cert', 'leaf-under-big.pem', '--chain', 'inter-8192.pem', '--key', 'leaf.key');
    expect([ok.valid, rules(ok)]).toEqual([true, []]);
    // The root sent after it: 8193 characters once the intermediate is cut to make room (root's PEM is fixed).
    const root = readFileSync(at('root.pem'), 'utf8').length;
    const room = 8193 - root;
    const der = Array.from({ length: 9000 }, (_, n) => n).find((n) => pemLength(n) === room);
    if (der === undefined) throw new Error(`no intermediate of ${room} characters; root is ${root}`);
    sized('inter.csr', 'inter-rest', 'root', CA_EXT, der);
    sign('leaf.csr', 'leaf-under-rest', 'inter-rest', LEAF_EXT, 300);
    writeFileSync(at('chain-8193.pem'), readFileSync(at('inter-rest.pem'), 'utf8') + readFileSync(at('root.pem'), 'utf8'));
    const over = await validate('--cert', 'leaf-under-rest.pem', '--chain', 'chain-8193.pem', '--key', 'leaf.key');
    expect(rules(over)).toEqual(['chain-too-long SCM.0005: the certificate chain is 8193 characters; SCM accepts at most 8192']);
  });

  it('private_key: the key as sent (PKCS#1 for RSA) is measured, not the PKCS#8 file; 4096 bits pass', async () => {
    const F = (rel: string): string => fixture(rel);
    const file = readFileSync(F('cases/rsa5120.key'), 'utf8').length;
    const sent = execFileSync('openssl', ['rsa', '-in', F('cases/rsa5120.key'), '-traditional'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().length;
    expect(sent).toBeLessThan(file);
    const big = await validate('--cert', F('cases/rsa5120.crt'), '--chain', F('pki/inter-rsa.crt'), '--key', F('cases/rsa5120.key'));
    expect(rules(big)).toEqual([`key-too-long SCM.0005: the private key is ${sent} characters; SCM accepts at most 4096`]);
    const ok = await validate('--cert', F('cases/rsa4096.crt'), '--chain', F('pki/inter-rsa.crt'), '--key', F('cases/rsa4096.key'));
    expect(rules(ok)).toEqual([]);
  });

  it.each([
    ['abc', []], ['a'.repeat(63), []],
    ['ab', ['name-invalid SCM.0032: the name "ab" is 2 characters long (at least 3)']],
    ['a'.repeat(64), [`name-invalid SCM.0032: the name "${'a'.repeat(64)}" is 64 characters long (at most 63)`]],
    ['a/', ['name-invalid SCM.0032: the name "a/" is 2 characters long (at least 3) and contains "/"']],
  ])('--name %j: 3 to 63 of [A-Za-z0-9_.-], each cause said in one finding', async (name, said) => {
    const r = await validate('--cert', 'leaf-4093.pem', '--chain', 'inter.pem', '--key', 'leaf.key', '--name', name as string);
    expect(r.findings.filter((f) => f.rule === 'name-invalid').map((f) => `${f.rule} ${f.code}: ${f.message}`)).toEqual(said);
  });
});
