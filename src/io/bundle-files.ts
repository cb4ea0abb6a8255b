// Reads a bundle folder into a BundleInput: certbot's layout (fullchain.pem or cert.pem + chain.pem,
// privkey.pem) by name, otherwise any sensible names (*.pem, *.crt, *.cer, *.der, *.key, *.pfx, *.p12)
// told apart by content. A folder we cannot read unambiguously is an input error (exit 2). File system calls
// are synchronous, as in read-input.ts: `scm validate /etc/letsencrypt/live/*` reads thousands of small files.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BundleInput, RawInput } from '../core/validate/types.js';
import { InputError } from '../errors.js';
import { readInput, type ReadContext } from './read-input.js';

const CANDIDATE = /\.(pem|crt|cer|der|key|pfx|p12)$/i;
const MAX_FILES = 32;

/** What stat says, or undefined for a path that cannot be followed (missing, a symlink loop, no permission). */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

async function listFiles(dir: string, ctx: ReadContext): Promise<string[]> {
  const full = resolve(ctx.cwd, dir);
  let names: string[];
  try {
    if (!statSync(full).isDirectory()) throw new InputError(`${dir} is not a directory`, { path: dir, hint: 'pass files with --cert/--key, folders as arguments' });
    names = readdirSync(full);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${dir}: ${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`, { path: dir });
  }
  const files: string[] = [];
  for (const name of names.filter((n) => CANDIDATE.test(n) && !n.startsWith('.')).sort()) {
    // stat, not the dirent type: certbot's live/ folders hold symbolic links into archive/.
    const info = statOrNothing(join(full, name));
    if (info?.isFile()) files.push(name);
  }
  if (files.length > MAX_FILES) throw new InputError(`${dir} holds ${files.length} certificate-like files; pass the right ones with --cert/--key`, { path: dir });
  return files;
}

const has = (data: Buffer, label: RegExp): boolean => label.test(data.toString('latin1'));
const CERT_BLOCK = /-----BEGIN (X509 )?CERTIFICATE-----/;
const KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

const base = (input: RawInput): string => basename(input.source);

function pick(dir: string, files: RawInput[], what: string, prefer: RegExp): RawInput | undefined {
  if (files.length <= 1) return files[0];
  const preferred = files.filter((f) => prefer.test(base(f)));
  if (preferred.length === 1) return preferred[0];
  throw new InputError(`cannot tell which ${what} to use in ${dir}: ${files.map(base).join(', ')}`, { path: dir, hint: 'pass the files with --cert, --key and --chain instead' });
}

/** Files read by content: which hold certificates, which the key, which is a PKCS#12. */
async function byContent(dir: string, files: string[], ctx: ReadContext): Promise<BundleInput> {
  const certs: RawInput[] = [];
  const keys: RawInput[] = [];
  const pfx: RawInput[] = [];
  for (const name of files) {
    const input = await readInput(join(dir, name), ctx);
    const { data } = input;
    if (/\.(pfx|p12)$/i.test(name)) pfx.push(input);
    else if (has(data, CERT_BLOCK)) certs.push(input);
    else if (has(data, KEY_BLOCK)) keys.push(input);
    else if (data[0] === 0x30) (/\.key$/i.test(name) ? keys : certs).push(input);
  }
  if (certs.length === 0 && pfx.length === 1 && keys.length === 0) return { pfx: pfx[0]! };
  if (certs.length === 0) throw new InputError(`${dir} holds no certificate (looked for *.pem, *.crt, *.cer, *.der, *.pfx, *.p12)`, { path: dir });
  const input: BundleInput = {};
  const full = certs.filter((c) => /full/i.test(base(c)));
  const chainLike = /chain|bundle|^ca[-_.]|intermediate|issuer/i;
  const leaves = certs.filter((c) => !chainLike.test(base(c)));
  const chains = certs.filter((c) => chainLike.test(base(c)));
  if (full.length === 1) input.cert = full[0]!;
  else if (leaves.length === 1 && chains.length <= 1) {
    input.cert = leaves[0]!;
    if (chains[0]) input.chain = chains[0];
  } else if (leaves.length === 0 && chains.length === 1) input.cert = chains[0]!;
  else input.cert = pick(dir, certs, 'certificate', /^(cert|server|site|domain)/i)!;
  const key = pick(dir, keys, 'private key', /priv/i);
  if (key) input.key = key;
  return input;
}

/** For `scm validate /etc/letsencrypt/live/*`, whose glob also matches certbot's README. */
export async function isDirectory(path: string, ctx: ReadContext): Promise<boolean> {
  return statOrNothing(resolve(ctx.cwd, path))?.isDirectory() === true;
}

export async function readBundleDir(dir: string, ctx: ReadContext): Promise<BundleInput> {
  const files = await listFiles(dir, ctx);
  const set = new Set(files);
  if (set.has('fullchain.pem') || set.has('cert.pem') || set.has('privkey.pem')) {
    const input: BundleInput = {};
    const read = (name: string): Promise<RawInput> => readInput(join(dir, name), ctx);
    if (set.has('fullchain.pem')) input.cert = await read('fullchain.pem');
    else if (set.has('cert.pem')) {
      input.cert = await read('cert.pem');
      if (set.has('chain.pem')) input.chain = await read('chain.pem');
    }
    if (set.has('privkey.pem')) input.key = await read('privkey.pem');
    if (input.cert) return input;
  }
  if (files.length === 0) throw new InputError(`${dir} holds no certificate (looked for *.pem, *.crt, *.cer, *.der, *.pfx, *.p12)`, { path: dir });
  return byContent(dir, files, ctx);
}
