// Fuzzing through the built binary (fixed seed): a few hundred of the mutations test/fuzz/inputs.test.ts runs
// in process, now as real processes, to catch what only a process shows: exit status, a stack trace printed
// by Node itself, a hang (each run is killed after 15 s, which fails it), a FIFO or a terminal-less stdin
// that blocks, a closed pipe.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { expectClean, mutate, prng } from '../helpers/fuzz.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const SEED = Number(process.env.SCM_FUZZ_SEED ?? 0) * 1000;
const C = (name: string): string => fixture(`cases/${name}`);
const CERTS = ['rsa-fullchain.pem', 'ec-fullchain.pem', 'rsa.der', 'sm2.crt', 'big-chain.pem'].map(C);
const KEYS = ['rsa.key', 'rsa.pkcs1.key.der', 'ec256.sec1.key', 'ed25519.key', 'rsa.encrypted-pkcs8.key'].map(C);
const PFX = ['rsa.pfx', 'ec.pfx', 'rsa-legacy.pfx'].map((p) => fixture(`pfx/${p}`));
const TIMEOUT = 15_000;

let dir: string;
let n = 0;
const file = (data: Buffer): string => {
  const path = join(dir, `${n++}.in`);
  writeFileSync(path, data);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-fuzz-bin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  argv: string[];
  what: string;
  input?: Buffer;
  env?: Record<string, string>;
}

/** Runs the cases four at a time; every one must end cleanly, within the time limit. */
async function runAll(cases: Case[]): Promise<void> {
  for (let i = 0; i < cases.length; i += 4) {
    await Promise.all(cases.slice(i, i + 4).map(async (c) => {
      const r = await runCli(c.argv, { ...(c.input ? { input: c.input } : {}), env: { SCM_PFX_PASSWORD: 'secret', ...c.env }, cwd: dir, timeoutMs: TIMEOUT });
      expect(r.signal, `killed after ${TIMEOUT} ms (a hang): scm ${c.argv.join(' ')} (${c.what})`).toBeNull();
      expectClean(r, `scm ${c.argv.join(' ')} (${c.what})`, { json: c.argv.includes('--json') });
    }));
  }
}

describeFixtures('fuzz: the built binary', () => {
  it('240 mutated inputs in every slot, as files and on standard input', async () => {
    const r = prng(SEED + 101);
    const cases: Case[] = [];
    for (let i = 0; i < 240; i++) {
      const slot = r.pick(['cert', 'key', 'pfx', 'stdin-cert', 'stdin-bundle', 'folder', 'explain'] as const);
      const seedPath = r.pick(slot === 'key' ? KEYS : slot === 'pfx' ? PFX : CERTS);
      const { data, how } = slot === 'explain'
        ? mutate(Buffer.from('{"error_code":"SCM.0014","error_msg":"The uploaded certificate does not match the private key."}'), r)
        : mutate(readFileSync(seedPath), r);
      const what = `${slot} ${seedPath.split('/').pop()} ${how}`;
      const json = r.next() < 0.5 ? ['--json'] : [];
      if (slot === 'cert') cases.push({ argv: ['validate', '--cert', file(data), '--key', C('rsa.key'), ...json], what });
      else if (slot === 'key') cases.push({ argv: ['validate', '--cert', C('rsa-fullchain.pem'), '--key', file(data), ...json], what });
      else if (slot === 'pfx') cases.push({ argv: ['validate', '--pfx', file(data), ...json], what });
      else if (slot === 'stdin-cert') cases.push({ argv: ['validate', '--cert', '-', '--key', C('rsa.key'), ...json], input: data, what });
      else if (slot === 'stdin-bundle') cases.push({ argv: ['validate', '-', ...json], input: Buffer.concat([data, readFileSync(C('rsa.key'))]), what });
      else if (slot === 'explain') cases.push({ argv: ['explain', '-', ...json], input: data, what });
      else {
        const folder = join(dir, `folder-${n++}`);
        mkdirSync(folder);
        writeFileSync(join(folder, 'fullchain.pem'), data);
        writeFileSync(join(folder, 'privkey.pem'), readFileSync(C('rsa.key')));
        cases.push({ argv: ['validate', folder, fixture('bundles/ec-ok'), ...json], what });
      }
    }
    await runAll(cases);
    // 240 processes: a bound for a hang, not a timing (a loaded 2-core machine needs well over 30 s).
  }, 180_000);

  it('paths that are not files, huge inputs and binary junk in every slot', async () => {
    const at = (name: string): string => join(dir, name);
    mkdirSync(at('dir.pem'));
    symlinkSync(at('loop-2.pem'), at('loop-1.pem'));
    symlinkSync(at('loop-1.pem'), at('loop-2.pem'));
    writeFileSync(at('sparse.pem'), '');
    truncateSync(at('sparse.pem'), 5 * 1024 ** 3);
    execFileSync('mkfifo', [at('fifo.pem')]);
    const r = prng(SEED + 102);
    writeFileSync(at('junk.bin'), r.bytes(300_000));
    const paths = [at('dir.pem'), at('missing.pem'), at('loop-1.pem'), at('sparse.pem'), at('fifo.pem'), '/dev/zero', '/dev/null', at('junk.bin')];
    const cases: Case[] = [];
    for (const p of paths) {
      cases.push({ argv: ['validate', '--cert', p, '--key', C('rsa.key')], what: p });
      cases.push({ argv: ['validate', '--cert', C('rsa-fullchain.pem'), '--key', p, '--json'], what: p });
      cases.push({ argv: ['validate', '--pfx', p], what: p });
      cases.push({ argv: ['validate', p], what: p });
      cases.push({ argv: ['upload', '--cert', p, '--key', C('rsa.key'), '--name', 'fuzz-case', '--dry-run'], what: p });
    }
    // 3 MiB on standard input: refused at the limit, not read to the end, and no hang on a full pipe.
    for (const argv of [['validate', '--cert', '-', '--key', C('rsa.key')], ['validate', '-'], ['explain', '-']]) {
      cases.push({ argv, input: r.bytes(3 * 1024 * 1024), what: '3 MiB of junk on stdin' });
    }
    await runAll(cases);
  });

  it('a reader that goes away (`scm validate live/* --json | head -1`) ends the run quietly', async () => {
    // ~170 KiB of report: more than a pipe holds, so writes after the reader left fail with EPIPE.
    const folders = Array.from({ length: 150 }, () => fixture('bundles/rsa-ok'));
    const child = spawn(process.execPath, [BIN, 'validate', ...folders, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect([0, null]).toContain(code);
  });
});
