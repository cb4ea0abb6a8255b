// Fuzzing every input slot in process (fixed seeds, so a failure reproduces): thousands of mutated
// certificates, keys, chains and PKCS#12 files through validateBundle, then through main() as `scm validate`
// (--cert/--key/--chain/--pfx, bundle folders, stdin '-'), `scm upload --dry-run` and `scm explain` (codes and
// stdin). Every run must end in a finding with its code or a usage/input error: never exit 70, a stack trace
// or a hang. Paths that are not files (directories, missing, symlink loops, FIFOs, devices, huge files) are
// tried in every slot. test/fuzz/process.test.ts sends a few hundred of these through the built binary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput } from '../../src/core/validate/types.js';
import { InputError } from '../../src/errors.js';
import { INPUT_LIMIT } from '../../src/io/read-input.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { expectClean, mutate, prng, runInProcess, type Prng } from '../helpers/fuzz.js';

// The suite runs a fixed sample; `SCM_FUZZ_SEED=7 SCM_FUZZ_SCALE=20 npx vitest run test/fuzz` explores further.
const SEED = Number(process.env.SCM_FUZZ_SEED ?? 0) * 1000;
const SCALE = Number(process.env.SCM_FUZZ_SCALE ?? 1);
const read = (rel: string): Buffer => readFileSync(fixture(rel));
const C = (name: string): string => `cases/${name}`;

const CERTS = ['rsa-fullchain.pem', 'ec-fullchain.pem', 'rsa.crt', 'rsa.der', 'sm2.crt', 'ed25519.crt', 'rsa-chain-with-root.pem', 'big-chain.pem', 'variants/fullchain-with-key.pem', 'bad-domains.crt', 'md5.crt'].map(C);
const KEYS = ['rsa.key', 'rsa.pkcs1.key', 'rsa.key.der', 'rsa.pkcs1.key.der', 'ec256.key', 'ec256.sec1.key', 'ec256.sec1.key.der', 'ec384.key', 'ed25519.key', 'sm2.key', 'rsa.encrypted-legacy.key', 'rsa.encrypted-pkcs8.key', 'ec256.with-params.key'].map(C);
const CHAINS = ['rsa-chain.pem', 'ec-chain.pem', 'sm2-chain.pem', 'big-chain.pem', 'chain-with-key.pem', 'rsa-chain-reversed.pem'].map(C);
const PFX = ['pfx/rsa.pfx', 'pfx/ec.pfx', 'pfx/no-password.pfx', 'pfx/rsa-legacy.pfx', 'pfx/rsa-3des.pfx', 'pfx/leaf-only.pfx'];
const API_BODIES = [
  '{"error_code":"SCM.0014","error_msg":"The uploaded certificate does not match the private key."}',
  '{"error":{"code":"APIGW.0301","message":"Incorrect IAM authentication information"},"request_id":"abc"}',
  '2026-05-01T10:00:00Z ERROR upload failed: SCM.0013 certificate chain; retry SCM0005 and scm.0020\n',
  '{"results":[{"project_name":"cn-north-4","cert_id":"","message":"Invalid region id."}]}',
];

let dir: string;
let n = 0;
/** A fresh file holding `data`. */
const file = (data: Buffer, name = 'in'): string => {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, data);
  return path;
};

/** Paths that are not a readable regular file of sane size; each must be an input error in any slot. */
const SPECIAL: Record<string, () => string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-fuzz-'));
  const at = (name: string): string => join(dir, name);
  mkdirSync(at('a-directory.pem'));
  symlinkSync(at('loop-b.pem'), at('loop-a.pem'));
  symlinkSync(at('loop-a.pem'), at('loop-b.pem'));
  symlinkSync(at('nowhere.pem'), at('dangling.pem'));
  writeFileSync(at('empty.pem'), '');
  writeFileSync(at('just-over.pem'), Buffer.alloc(INPUT_LIMIT + 1, 0x41));
  writeFileSync(at('huge.pem'), '');
  truncateSync(at('huge.pem'), 5 * 1024 ** 3); // sparse: 5 GiB that must never be read
  execFileSync('mkfifo', [at('fifo.pem')]);
  Object.assign(SPECIAL, {
    directory: () => at('a-directory.pem'), missing: () => at('no-such-file.pem'), 'symlink loop': () => at('loop-a.pem'),
    'dangling symlink': () => at('dangling.pem'), empty: () => at('empty.pem'), 'one byte over the limit': () => at('just-over.pem'),
    'sparse 5 GiB': () => at('huge.pem'), fifo: () => at('fifo.pem'), 'character device': () => '/dev/zero',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-06-01T00:00:00Z');

/** validateBundle never throws on bytes (PKCS#12 it cannot open is an InputError, exit 2). */
async function checkReport(input: BundleInput, what: string): Promise<void> {
  let report;
  try {
    report = await validateBundle(input, { now: NOW, name: 'fuzz-case' });
  } catch (e) {
    expect(e instanceof InputError && input.pfx !== undefined, `${what}: threw ${e instanceof Error ? e.stack : String(e)}`).toBe(true);
    return;
  }
  for (const f of report.findings) expect(f.code === null || /^SCM\.\d{4}$/.test(f.code), `${what}: ${JSON.stringify(f)}`).toBe(true);
  if (report.valid) expect(report.payload, what).toBeDefined();
}

const seeded = (slot: string, seeds: string[], r: Prng): { data: Buffer; what: string } => {
  const seed = r.pick(seeds);
  const { data, how } = mutate(read(seed), r);
  return { data, what: `${slot} ${seed} ${how}` };
};

describeFixtures('fuzz: validateBundle', () => {
  it('1,500 mutated certificates (with a good key and chain)', async () => {
    const r = prng(SEED + 1);
    for (let i = 0; i < 1500 * SCALE; i++) {
      const { data, what } = seeded('cert', CERTS, r);
      await checkReport({ cert: { source: 'cert.pem', data }, key: { source: 'key.pem', data: read(C('rsa.key')) }, ...(r.next() < 0.3 ? { chain: { source: 'chain.pem', data: read(C('rsa-chain.pem')) } } : {}) }, what);
    }
  });

  it('1,500 mutated keys (with a good certificate)', async () => {
    const r = prng(SEED + 2);
    for (let i = 0; i < 1500 * SCALE; i++) {
      const { data, what } = seeded('key', KEYS, r);
      await checkReport({ cert: { source: 'cert.pem', data: read(C(r.pick(['rsa-fullchain.pem', 'ec-fullchain.pem']))) }, key: { source: 'key.pem', data } }, what);
    }
  });

  it('1,000 mutated chains', async () => {
    const r = prng(SEED + 3);
    for (let i = 0; i < 1000 * SCALE; i++) {
      const { data, what } = seeded('chain', CHAINS, r);
      await checkReport({ cert: { source: 'cert.pem', data: read(C('rsa.crt')) }, key: { source: 'key.pem', data: read(C('rsa.key')) }, chain: { source: 'chain.pem', data } }, what);
    }
  });

  it('250 mutated PKCS#12 files, with the right, a wrong, or no password', async () => {
    const r = prng(SEED + 4);
    for (let i = 0; i < 250 * SCALE; i++) {
      const { data, what } = seeded('pfx', PFX, r);
      const password = r.pick([undefined, 'secret', '', 'wrong', 'sécret\u0000\uffff']);
      await checkReport({ pfx: { source: 'site.pfx', data }, ...(password === undefined ? {} : { pfxPassword: password }) }, `${what} password=${JSON.stringify(password)}`);
    }
  });
});

describeFixtures('fuzz: scm commands in process (main)', () => {
  const run = (argv: string[], o: { stdin?: Buffer; env?: Record<string, string> } = {}) => runInProcess(argv, { cwd: dir, ...o });

  it('700 runs of scm validate --cert/--key/--chain with mutated files', async () => {
    const r = prng(SEED + 5);
    for (let i = 0; i < 700 * SCALE; i++) {
      const slot = r.pick(['cert', 'key', 'chain'] as const);
      const { data, what } = seeded(slot, slot === 'cert' ? CERTS : slot === 'key' ? KEYS : CHAINS, r);
      const files = { cert: fixture(C('rsa-fullchain.pem')), key: fixture(C('rsa.key')), chain: undefined as string | undefined, [slot]: file(data) };
      const argv = ['validate', '--cert', files.cert, '--key', files.key, ...(files.chain ? ['--chain', files.chain] : []), ...(r.next() < 0.5 ? ['--json'] : []), ...(r.next() < 0.2 ? ['--strict', '--target', 'WAF'] : [])];
      expectClean(await run(argv), `scm ${argv.join(' ')} (${what})`, { json: argv.includes('--json') });
    }
  });

  it('120 runs of scm validate --pfx with mutated files and passwords', async () => {
    const r = prng(SEED + 6);
    for (let i = 0; i < 120 * SCALE; i++) {
      const { data, what } = seeded('pfx', PFX, r);
      const pw = r.pick(['secret', 'wrong', '']);
      const viaFile = r.next() < 0.5;
      const argv = ['validate', '--pfx', file(data, 'site.pfx'), ...(viaFile ? ['--pfx-password-file', file(Buffer.from(`${pw}\n`))] : []), '--json'];
      expectClean(await run(argv, viaFile ? {} : { env: { SCM_PFX_PASSWORD: pw } }), `scm ${argv.join(' ')} (${what})`, { json: true });
    }
  });

  it('300 runs of scm validate DIR with mutated bundle folders', async () => {
    const r = prng(SEED + 7);
    const names = ['fullchain.pem', 'cert.pem', 'chain.pem', 'privkey.pem', 'site.crt', 'site.key', 'ca-bundle.crt', 'server.der', 'bundle.pem', 'site.pfx', 'x.p12', 'README'];
    for (let i = 0; i < 300 * SCALE; i++) {
      const folder = join(dir, `bundle-${n++}`);
      mkdirSync(folder);
      const what: string[] = [];
      for (let k = 1 + r.int(4); k > 0; k--) {
        const name = r.pick(names);
        const { data, what: how } = seeded(name, /key/.test(name) ? KEYS : /pfx|p12/.test(name) ? PFX : /chain|ca-/.test(name) ? CHAINS : CERTS, r);
        writeFileSync(join(folder, name), r.next() < 0.3 ? read(r.pick([...CERTS, ...KEYS])) : data);
        what.push(`${name}: ${how}`);
      }
      if (r.next() < 0.1) symlinkSync(join(folder, 'missing'), join(folder, 'dangling.pem'));
      if (r.next() < 0.1) mkdirSync(join(folder, 'subdir.pem'));
      const argv = ['validate', folder, ...(r.next() < 0.3 ? [fixture('bundles/rsa-ok')] : []), ...(r.next() < 0.5 ? ['--json'] : [])];
      expectClean(await run(argv), `scm ${argv.join(' ')} (${readdirSync(folder).join(', ')}; ${what.join('; ')})`, { json: argv.includes('--json') });
    }
  });

  it("300 runs reading '-' (standard input) as certificate, key, PKCS#12 or a combined bundle", async () => {
    const r = prng(SEED + 8);
    for (let i = 0; i < 300 * SCALE; i++) {
      const form = r.pick(['cert', 'key', 'pfx', 'dir'] as const);
      const { data, what } = seeded(form, form === 'key' ? KEYS : form === 'pfx' ? PFX : CERTS, r);
      const argv = form === 'cert' ? ['validate', '--cert', '-', '--key', fixture(C('rsa.key'))]
        : form === 'key' ? ['validate', '--cert', fixture(C('rsa-fullchain.pem')), '--key', '-']
          : form === 'pfx' ? ['validate', '--pfx', '-'] : ['validate', '-'];
      expectClean(await run([...argv, '--json'], { stdin: data, env: { SCM_PFX_PASSWORD: 'secret' } }), `scm ${argv.join(' ')} < (${what})`, { json: true });
    }
    // More than the limit on standard input is refused, not read to the end.
    const big = await run(['validate', '--cert', '-', '--key', fixture(C('rsa.key'))], { stdin: Buffer.alloc(INPUT_LIMIT + 10, 0x41) });
    expectClean(big, 'validate --cert - < 1 MiB + 10 bytes');
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/standard input is larger than/);
  });

  it('150 runs of scm upload --dry-run with mutated inputs (its own reading of the same slots)', async () => {
    const r = prng(SEED + 9);
    for (let i = 0; i < 150 * SCALE; i++) {
      const slot = r.pick(['cert', 'key'] as const);
      const { data, what } = seeded(slot, slot === 'cert' ? CERTS : KEYS, r);
      const cert = slot === 'cert' ? file(data) : fixture(C('rsa-fullchain.pem'));
      const key = slot === 'key' ? file(data) : fixture(C('rsa.key'));
      const argv = ['upload', '--cert', cert, '--key', key, '--name', 'fuzz-case', '--dry-run', '--endpoint', 'http://127.0.0.1:9', ...(r.next() < 0.5 ? ['--json'] : [])];
      expectClean(await run(argv), `scm ${argv.join(' ')} (${what})`, { json: argv.includes('--json') });
    }
  });

  it('400 runs of scm explain - with mutated API error bodies, logs and junk on stdin', async () => {
    const r = prng(SEED + 10);
    for (let i = 0; i < 400 * SCALE; i++) {
      const { data, how } = mutate(Buffer.from(r.pick(API_BODIES)), r);
      const argv = ['explain', '-', ...(r.next() < 0.5 ? ['--json'] : []), ...(r.next() < 0.3 ? ['--lang', 'zh'] : [])];
      expectClean(await run(argv, { stdin: data }), `scm ${argv.join(' ')} < (${how}: ${JSON.stringify(data.toString('latin1').slice(0, 200))})`, { json: argv.includes('--json') });
    }
    const big = await run(['explain', '-'], { stdin: Buffer.alloc(INPUT_LIMIT + 10, 0x41) });
    expectClean(big, 'explain - < 1 MiB + 10 bytes');
    expect(big.code).toBe(2);
  });

  it('300 runs of scm explain with random codes and words', async () => {
    const r = prng(SEED + 11);
    const parts = ['SCM.', 'scm', 'APIGW.', '00', '14', '0014', '9999', '.', '-', ' ', 'key-mismatch', 'chain', '私钥', '\u0000', '%s', '${x}', '\\', '"'];
    for (let i = 0; i < 300 * SCALE; i++) {
      const args = Array.from({ length: 1 + r.int(3) }, () => Array.from({ length: 1 + r.int(4) }, () => r.pick(parts)).join('') || 'x');
      const flags = r.pick([[], ['--json'], ['--lang', 'zh'], ['--search'], ['--list', '--status', String(r.int(600))]]);
      const argv = flags[0] === '--search' ? ['explain', '--search', args.join(' ')] : flags[0] === '--list' ? ['explain', ...flags] : ['explain', ...args.filter((a) => !a.startsWith('-')), ...flags];
      expectClean(await run(argv), `scm ${JSON.stringify(argv)}`, { json: argv.includes('--json') });
    }
  });

  it('every slot refuses what is not a readable file of sane size, with one clear line (exit 2)', async () => {
    const slots: Array<(p: string) => string[]> = [
      (p) => ['validate', '--cert', p, '--key', fixture(C('rsa.key'))],
      (p) => ['validate', '--cert', fixture(C('rsa-fullchain.pem')), '--key', p],
      (p) => ['validate', '--cert', fixture(C('rsa.crt')), '--key', fixture(C('rsa.key')), '--chain', p],
      (p) => ['validate', '--pfx', p],
      (p) => ['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', p],
      (p) => ['upload', '--cert', p, '--key', fixture(C('rsa.key')), '--name', 'fuzz-case', '--dry-run'],
    ];
    for (const [name, path] of Object.entries(SPECIAL)) {
      for (const slot of slots) {
        const argv = slot(path());
        const res = await run(argv);
        expectClean(res, `${name}: scm ${argv.join(' ')}`);
        // An empty file is read: a finding (or, as a password, an empty password). A FIFO nobody writes to is
        // unreadable input (exit 2) once its short wait for a writer is over, as the other special paths are.
        if (name === 'empty') continue;
        expect(res.code, `${name}: scm ${argv.join(' ')}\n${res.stderr}`).toBe(2);
        expect(res.stderr.trim().split('\n')[0], `${name}: scm ${argv.join(' ')}`).toMatch(/^scm: /);
      }
    }
    // As a bundle folder: each kind of path is an input error, or skipped when other folders are given.
    for (const [name, path] of Object.entries(SPECIAL)) {
      expectClean(await run(['validate', path()]), `${name} as a bundle folder`);
      expectClean(await run(['validate', path(), fixture('bundles/rsa-ok')]), `${name} next to a good folder`);
    }
  });
});
