// `scm export --force` over an earlier export, when writing fails part-way (hunt6 finding 3), on the built
// binary: the file size limit (RLIMIT_FSIZE, `ulimit -f`, with SIGXFSZ ignored so that a write fails with
// EFBIG) lets cert.pem and chain.pem of the new export be written but not fullchain.pem. Before, cert.pem was
// already replaced: a new certificate beside the old key. Now the earlier export stays whole and it says so.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { BIN, runCli, type RunResult } from '../helpers/run-cli.js';

/** The second certificate, for b.example.test (t.b is the first, for a.example.test). */
let other: Bundle;
const t = withEmulator('export-set', { cn: 'a.example.test', setup: (dir) => void (other = makeBundle(join(dir, 'other'), { cn: 'b.example.test' })) });
const env = () => t.env({ PATH: process.env.PATH!, NO_COLOR: '1', LANG: 'C.UTF-8' });

/** scm with files limited to `kib` KiB (bash's `ulimit -f` counts 1024-byte blocks). */
function limited(kib: number, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `trap '' XFSZ; ulimit -f ${kib}; exec "$0" "$@"`, process.execPath, BIN, ...args], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const seed = async (x: Bundle): Promise<string> =>
  (await t.emu.seed({ certificates: [{ name: x === t.b ? 'a' : 'b', pem: readFileSync(x.cert, 'utf8'), chain: readFileSync(x.chain, 'utf8'), private_key: x.keyPem }] })).certificates[0]!;
const folder = (out: string) => Object.fromEntries(readdirSync(out).sort().map((n) => [n, readFileSync(join(out, n), 'utf8')]));

describe('export --force that fails part-way', () => {
  it.each(['en', 'zh'])('leaves the earlier export whole and says so (%s)', async (lang) => {
    const [idA, idB] = [await seed(t.b), await seed(other)];
    const out = join(t.dir, `out-${lang}`);
    expect((await runCli(['export', idA, '--out', out], { env: env() })).code).toBe(0);
    const before = folder(out);
    const fullchain = Buffer.byteLength(before['fullchain.pem']!);
    const cert = Buffer.byteLength(before['cert.pem']!);
    // A limit the certificate fits under but the full chain does not.
    const kib = Math.floor((fullchain - 1) / 1024);
    expect(kib * 1024, 'the bundle sizes this test relies on').toBeGreaterThanOrEqual(cert);
    const r = await limited(kib, ['export', idB, '--out', out, '--force', '--lang', lang]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.split('\n').filter((l) => !l.endsWith(' ...') && !l.endsWith('…')).join('\n')).toBe(lang === 'en'
      ? `scm: cannot write ${join(out, 'fullchain.pem')}: the file is too large; nothing was replaced: the files already there are as they were\n`
      : `scm: 无法写入 ${join(out, 'fullchain.pem')}：文件过大；没有替换任何文件：已有的文件保持原样\n`);
    expect(r.stdout).toBe('');
    expect(folder(out)).toEqual(before);
  });
});

describe('export into a new folder that fails part-way', () => {
  it.each(['en', 'zh'])('says nothing was written (there were no earlier files to keep) and leaves no folder (%s)', async (lang) => {
    const id = await seed(t.b);
    const out = join(t.dir, `fresh-${lang}`);
    const cert = Buffer.byteLength(readFileSync(t.b.cert, 'utf8'));
    const fullchain = Buffer.byteLength(readFileSync(t.b.cert, 'utf8') + readFileSync(t.b.chain, 'utf8'));
    const kib = Math.floor((fullchain - 1) / 1024);
    expect(kib * 1024, 'the bundle sizes this test relies on').toBeGreaterThanOrEqual(cert);
    const r = await limited(kib, ['export', id, '--out', out, '--lang', lang]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.split('\n').filter((l) => !l.endsWith(' ...') && !l.endsWith('…')).join('\n')).toBe(lang === 'en'
      ? `scm: cannot write ${join(out, 'fullchain.pem')}: the file is too large; nothing was written\n`
      : `scm: 无法写入 ${join(out, 'fullchain.pem')}：文件过大；没有写入任何文件\n`);
    expect([r.stdout, existsSync(out)]).toEqual(['', false]);
  });
});
