// Upload and push round trips against the local emulator, through the built binary as a user runs it: the
// time of a whole `scm upload` (validation, signing, HTTP, output) and of a whole `scm push`. Each upload
// sends a different bundle, so every one is a real import (the same certificate twice would take the
// duplicate path instead).
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulatorChild } from '../scripts/emulator-child.mjs';
import { CLEAN_ENV, median } from './startup.mjs';

const AK = 'BENCHAKSCMEMULATOR01';
const SK = 'bench-secret-key-0000000000000000000000';

export const BENCH_CREDENTIALS = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK };

/** `extra`: more emulator options (e.g. --offset-unit pages). */
export const startEmulator = (bin, extra = []) => startEmulatorChild(bin, { ak: AK, sk: SK, env: CLEAN_ENV, extra });

function timed(bin, args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`scm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout.trim() };
}

/** `dirs`: distinct bundle folders, one per upload. */
export async function measureRoundTrips(bin, dirs, { count = 15 } = {}) {
  const emu = await startEmulator(bin);
  try {
    const env = { ...CLEAN_ENV, HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK, SCM_ENDPOINT: emu.url };
    const uploads = [];
    const ids = [];
    for (let i = 0; i < count; i++) {
      const r = timed(bin, ['upload', dirs[i], '--name', `bench-${i}`, '--quiet'], env);
      uploads.push(r.ms);
      ids.push(r.stdout);
    }
    const pushes = ids.map((id) => timed(bin, ['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--quiet'], env).ms);
    const validate = dirs.slice(0, count).map((d) => timed(bin, ['validate', d, '--quiet'], env).ms);
    const ifChanged = await measureIfChanged(bin, emu.url, dirs[count], env, count);
    return {
      count,
      uploadMs: +median(uploads).toFixed(1),
      pushMs: +median(pushes).toFixed(1),
      // The same bundles validated offline: what of an upload is the network round trip.
      validateMs: +median(validate).toFixed(1),
      ifChangedMs: ifChanged,
    };
  } finally {
    emu.stop();
  }
}

/**
 * `upload --if-changed` of a certificate SCM holds among 99 others sharing its names (renewed every 60 days):
 * the whole lookup (every page, the matching candidates opened) through the built binary. The issue's
 * target: under 1 s against the local emulator.
 */
async function measureIfChanged(bin, url, dir, env, count) {
  const leaf = new X509Certificate(readFileSync(join(dir, 'cert.pem')));
  const sans = (leaf.subjectAltName ?? '').split(/,\s*/).filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4));
  const cn = /CN=([^\n]+)/.exec(leaf.subject)?.[1] ?? sans[0];
  const names = [...new Set([cn, ...sans])];
  const notAfter = new Date(leaf.validTo).getTime();
  const certificates = Array.from({ length: 99 }, (_, i) => ({ name: `renewed-${i}`, domain: cn, sans: names, not_after: new Date(notAfter - (99 - i) * 60 * 86_400_000).toISOString() }));
  const res = await fetch(`${url}/_emulator/seed`, { method: 'POST', body: JSON.stringify({ certificates }) });
  if (res.status !== 201) throw new Error(`seeding the emulator failed: ${res.status} ${await res.text()}`);
  timed(bin, ['upload', dir, '--name', 'if-changed', '--if-changed', '--quiet'], env);
  return +median(Array.from({ length: count }, () => timed(bin, ['upload', dir, '--name', 'if-changed', '--if-changed', '--quiet'], env).ms)).toFixed(1);
}
