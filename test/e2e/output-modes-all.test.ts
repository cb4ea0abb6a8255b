// Every command, one table, each case run on the built binary in each output mode, succeeding and failing (API
// commands against the emulator, a fresh account for each run):
//  --json (FORCE_COLOR=1):  stdout exactly one JSON document (nothing on a failure that has no result), stderr only
//                           JSON lines, a failure's last one the error with the exit code; no colour code anywhere;
//                           with --debug too (its request traces and stack are JSON lines)
//  -q (where there is one): nothing on stderr on success (stdout: what -q promises, no more); a failure still says why
//  plain, piped:            no colour code, whether NO_COLOR is set or not (FORCE_COLOR unset)
// output-discipline.test.ts holds the terminal cases (colour and the spinner on a real pseudo-terminal).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli, type RunResult } from '../helpers/run-cli.js';

let fresh: Bundle;
let other: Bundle;
const t = withEmulator('output-modes', { cn: 'modes.example.test', setup: (dir) => {
  fresh = makeBundle(join(dir, 'fresh'), { cn: 'modes.example.test' });
  other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
} });

interface Ids {
  /** Imported, deployed on ELB elb-1 (cn-north-4). */
  old: string;
  /** The same names, newer: what a rotation moves to. */
  fresh: string;
  out: string;
}

type Args = (ids: Ids) => string[];
interface Case {
  what: string;
  args: Args;
  /** The exit status; 0 unless given. */
  code?: number;
  /** Whether the command has -q/--quiet, and what it prints then on success (a pattern for all of stdout). */
  quiet?: RegExp;
  /** Commands that need no API (no account set up for them). */
  offline?: true;
  /** No --json (completion, help): not run in that mode. */
  noJson?: true;
  env?: Record<string, string | undefined>;
}

const UNKNOWN = 'scs1999999999999';
const CASES = (): Case[] => [
  { what: 'validate', args: () => ['validate', t.b.dir], quiet: /^$/, offline: true },
  { what: 'validate: errors found', args: () => ['validate', '--cert', t.b.fullchain, '--key', other.key], code: 1, quiet: /^$/, offline: true },
  { what: 'validate: no such file', args: () => ['validate', join(t.dir, 'nope')], code: 2, quiet: /^$/, offline: true },
  { what: 'upload', args: () => ['upload', other.dir, '--name', 'modes-up'], quiet: /^scs\d{13}\n$/ },
  // -q --dry-run: what -q promises of the real run (upload's id: none yet), and no "dry run: nothing was sent".
  { what: 'upload --dry-run', args: () => ['upload', other.dir, '--name', 'modes-dry', '--dry-run'], quiet: /^$/ },
  { what: 'upload: refused offline', args: () => ['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'x'], code: 1, quiet: /^$/ },
  { what: 'upload: credentials refused', args: () => ['upload', other.dir, '--name', 'modes-creds'], code: 3, quiet: /^$/, env: { HUAWEICLOUD_SDK_SK: 'not-the-secret-key-of-this-ak' } },
  { what: 'push', args: (i) => ['push', i.old, '--service', 'CDN'], quiet: /^$/ },
  { what: 'push --dry-run', args: (i) => ['push', i.old, '--service', 'WAF', '--project', 'cn-north-4', '--dry-run'], quiet: /^$/ },
  { what: 'push: unknown id', args: () => ['push', UNKNOWN, '--service', 'CDN'], code: 4, quiet: /^$/ },
  { what: 'list', args: () => ['list'], quiet: /^(scs\d{13}\n){2}$/ },
  { what: 'list: credentials refused', args: () => ['list'], code: 3, quiet: /^$/, env: { HUAWEICLOUD_SDK_SK: 'not-the-secret-key-of-this-ak' } },
  { what: 'show', args: (i) => ['show', i.old] },
  { what: 'show: unknown id', args: () => ['show', UNKNOWN], code: 4 },
  { what: 'check an id', args: (i) => ['check', i.fresh] },
  { what: 'check files', args: () => ['check', t.b.fullchain], offline: true },
  { what: 'check: no such file', args: () => ['check', join(t.dir, 'nope.pem')], code: 2, offline: true },
  { what: 'notify', args: (i) => ['notify', 'off', i.old] },
  { what: 'notify: unknown id', args: () => ['notify', 'off', UNKNOWN], code: 4 },
  { what: 'export', args: (i) => ['export', i.fresh, '--out', i.out] },
  { what: 'export: unknown id', args: (i) => ['export', UNKNOWN, '--out', i.out], code: 4 },
  { what: 'deploy', args: (i) => ['deploy', i.fresh, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1'], quiet: /^$/ },
  { what: 'deploy --dry-run', args: (i) => ['deploy', i.fresh, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--dry-run'], quiet: /^$/ },
  { what: 'deploy: refused offline', args: (i) => ['deploy', i.fresh, '--service', 'CDN', '--resource', 'shop.example.com'], code: 1, quiet: /^$/ },
  { what: 'rotate', args: (i) => ['rotate', i.old, '--to', i.fresh, '--delete-old'], quiet: /^scs\d{13}\n$/ },
  { what: 'rotate --dry-run', args: (i) => ['rotate', i.old, '--to', i.fresh, '--dry-run'], quiet: /^scs\d{13}\n$/ },
  { what: 'rotate: one id as both', args: (i) => ['rotate', i.old, '--to', i.old], code: 2, quiet: /^$/ },
  { what: 'prune --dry-run', args: () => ['prune', '--domain', 'modes.example.test', '--dry-run'] },
  { what: 'prune', args: () => ['prune', '--domain', 'modes.example.test'] },
  { what: 'delete', args: (i) => ['delete', i.old, '--force'] },
  { what: 'delete --dry-run', args: (i) => ['delete', i.fresh, '--dry-run'] },
  { what: 'delete: deployed, no --force', args: (i) => ['delete', i.old], code: 1 },
  { what: 'explain', args: () => ['explain', 'SCM.0014', 'key-mismatch'], offline: true },
  { what: 'explain: unknown code', args: () => ['explain', 'SCM.9999'], code: 1, offline: true },
  { what: 'config', args: () => ['config'], offline: true },
  { what: 'config: bad value', args: () => ['config', '--retries', 'many'], code: 2, offline: true },
  { what: 'completion', args: () => ['completion', 'bash'], offline: true, noJson: true },
  { what: 'help', args: () => ['help', 'exit-codes'], offline: true, noJson: true },
  { what: 'unknown command', args: () => ['valdate'], code: 2, offline: true },
];

let runs = 0;
/** A fresh account (the emulator reset): two imports of the same names, the older deployed on ELB elb-1. */
async function account(): Promise<Ids> {
  await t.emu.reset();
  const up = async (b: Bundle, name: string): Promise<string> => {
    const r = await runCli(['upload', b.dir, '--name', name, '-q', '--allow-duplicate'], { env: t.env() });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.trim();
  };
  const old = await up(t.b, 'modes-old');
  const next = await up(fresh, 'modes-new');
  await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', name: 'lb', certificate_id: old }] });
  return { old, fresh: next, out: join(t.dir, `out-${++runs}`) };
}

const ESC = /\x1b[[\]]/;
const OFFLINE_IDS: Ids = { old: UNKNOWN, fresh: UNKNOWN, out: '' };

async function runCase(c: Case, mode: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  const ids = c.offline ? OFFLINE_IDS : await account();
  return runCli([...c.args(ids), ...mode], { env: { ...t.env(), ...env, ...c.env } });
}

const label = (c: Case, r: RunResult): string => `${c.what}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** --json's promises, with `more` flags after it. */
async function jsonRun(c: Case, more: string[]): Promise<void> {
  const r = await runCase(c, ['--json', ...more], { NO_COLOR: undefined, FORCE_COLOR: '1' });
  expect(r.code, label(c, r)).toBe(c.code ?? 0);
  expect(`${r.stdout}${r.stderr}`, label(c, r)).not.toMatch(ESC);
  if ((c.code ?? 0) === 0 || r.stdout !== '') {
    // One document: two (or a line of text beside one) do not parse as one.
    expect(() => JSON.parse(r.stdout), label(c, r)).not.toThrow();
  }
  const lines = r.stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(() => JSON.parse(line), `${c.what}: stderr line is not JSON: ${line}`).not.toThrow();
  if ((c.code ?? 0) !== 0) {
    const errors = lines.map((l) => JSON.parse(l) as { error?: { exitCode: number } }).filter((l) => l.error);
    expect(errors, label(c, r)).toHaveLength(1);
    expect(JSON.parse(lines[lines.length - 1]!).error.exitCode, label(c, r)).toBe(c.code);
  }
}

describe('--json with FORCE_COLOR=1: one JSON document on stdout, JSON lines on stderr, no colour', () => {
  it.each(CASES().filter((c) => !c.noJson).map((c) => [c.what, c] as const))('%s', async (_, c) => jsonRun(c, []));
});

describe('--json --debug: the request traces and the stack are JSON lines too, the error still the last', () => {
  it.each(CASES().filter((c) => !c.noJson && !c.offline).map((c) => [c.what, c] as const))('%s', async (_, c) => jsonRun(c, ['--debug']));
});

describe('-q: nothing on stderr on success, no more than -q promises on stdout; a failure still says why', () => {
  it.each(CASES().filter((c) => c.quiet).map((c) => [c.what, c] as const))('%s', async (_, c) => {
    const r = await runCase(c, ['-q'], { NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect(r.code, label(c, r)).toBe(c.code ?? 0);
    expect(`${r.stdout}${r.stderr}`, label(c, r)).not.toMatch(ESC);
    if ((c.code ?? 0) === 0) {
      expect(r.stderr, label(c, r)).toBe('');
      expect(r.stdout, label(c, r)).toMatch(c.quiet!);
    } else {
      // On stderr, or (validate's failing findings, rotate's rows of a rotation that did not complete) on stdout.
      expect(`${r.stdout}${r.stderr}`, label(c, r)).not.toBe('');
    }
  });
});

describe('piped, FORCE_COLOR unset: no colour code on either stream, with NO_COLOR or without', () => {
  it.each(CASES().map((c) => [c.what, c] as const))('%s', async (_, c) => {
    for (const NO_COLOR of [undefined, '1']) {
      const r = await runCase(c, [], { NO_COLOR, FORCE_COLOR: undefined, TERM: 'xterm-256color' });
      expect(r.code, label(c, r)).toBe(c.code ?? 0);
      expect(`${r.stdout}${r.stderr}`, label(c, r)).not.toMatch(ESC);
    }
  });
});
