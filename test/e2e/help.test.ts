// Help people can use, on the built binary: every command's --help opens with 2-4 real examples, typos get
// a suggestion, and the help topics (exit codes, environment) are there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('help', () => {
  it.each(COMMANDS.map((c) => [c.name] as const))('scm %s --help opens with 2-4 examples', async (name) => {
    const r = await runCli([name, '--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const head = r.stdout.split('\n\n')[0]!.split('\n');
    expect(head[0]).toBe('Examples:');
    const examples = head.slice(1);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(4);
    for (const line of examples) expect(line).toMatch(/^ {2}\S.* {2}# \S/);
  });

  it('a typo in a command suggests the right one (exit 2)', async () => {
    const r = await runCli(['confg']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'confg'[\s\S]*Did you mean config\?/);
  });

  it('scm help environment lists the variables, grouped', async () => {
    const r = await runCli(['help', 'environment']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Environment variables scm reads/);
    for (const v of ['HUAWEICLOUD_SDK_AK', 'SCM_AUTH_TOKEN', 'SCM_ENDPOINT', 'XDG_CONFIG_HOME', 'RENEWED_LINEAGE', 'LEGO_HOOK_CERT_PATH', 'CERT_KEY_PATH', 'NO_COLOR', 'CI']) expect(r.stdout).toContain(v);
    const root = await runCli(['--help']);
    expect(root.stdout).toContain("'scm help environment'");
  });
});

describe('start-up stays light', () => {
  const heavy = /node_modules\/(cosmiconfig|ora|undici|node-forge)\//g;
  const loaded = async (args: string[], cwd?: string) => {
    const r = await runCli(args, { env: { NODE_DEBUG: 'module,esm', HOME: cwd ?? ROOT }, ...(cwd ? { cwd } : {}) });
    return [...new Set([...r.stderr.matchAll(heavy)].map((m) => m[1]))];
  };

  it('help, explain and the new help topics load none of cosmiconfig, ora, undici, node-forge', async () => {
    for (const args of [['--help'], ['explain', '14'], ['help', 'environment'], ['config', '--help'], ['upload', '--help'], ['config']]) {
      expect(await loaded(args), args.join(' ')).toEqual([]);
    }
    // The probe sees them when they are loaded: with a config file there, scm config reads it with cosmiconfig
    // (explain still does not: the language is looked up without it).
    const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-help-'));
    try {
      writeFileSync(join(dir, '.scmrc.yaml'), 'lang: en\nregion: cn-north-4\n', { mode: 0o600 });
      expect(await loaded(['config'], dir)).toContain('cosmiconfig');
      expect(await loaded(['explain', '14'], dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
