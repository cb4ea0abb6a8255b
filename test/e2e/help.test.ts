// Help people can use, on the built binary: every command's --help opens with 2-4 real examples, typos get
// a suggestion, the help topics (exit codes, environment) are there, the emulator's public demo credentials
// are shown, and "loopback" is said where loopback is meant.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

/** Columns a terminal gives `s`: ideographs take two (counted here independently of src/render/text.ts). */
const columns = (s: string): number => s.length + (s.match(/[\u3000-\u9fff\uff00-\uff60]/g)?.length ?? 0);

describe('help', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('scm %s --help opens with its 2-4 examples, each note with its command', async (name, spec) => {
    expect(spec.examples.length).toBeGreaterThanOrEqual(2);
    expect(spec.examples.length).toBeLessThanOrEqual(4);
    for (const cols of ['80', '300']) {
      const r = await runCli([name, '--help'], { env: { COLUMNS: cols } });
      expect([r.code, r.stderr]).toEqual([0, '']);
      const head = r.stdout.split('\n\n')[0]!;
      expect(head.split('\n')[0]).toBe('Examples:');
      // Side by side when they fit (300 columns), else each note on the line above its command.
      const width = Math.max(...spec.examples.map((x) => columns(x.cmd)));
      const shown = cols === '300'
        ? spec.examples.map((e) => `  ${e.cmd}${' '.repeat(width - columns(e.cmd))}  # ${e.note.en}`)
        : spec.examples.map((e) => `  # ${e.note.en}\n  ${e.cmd}`);
      if (cols === '300' || spec.examples.every((e) => e.cmd.length <= 78)) expect(head).toBe(['Examples:', ...shown].join('\n'));
      else for (const e of spec.examples) expect(head).toContain(`  # ${e.note.en}\n`);
    }
  });

  it('a typo in a command suggests the right one (exit 2)', async () => {
    const r = await runCli(['confg']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("scm: unknown command 'confg' (did you mean config?)\n");
  });

  it('scm help environment lists the variables, grouped', async () => {
    const r = await runCli(['help', 'environment']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('plain http only to loopback hosts');
    expect(r.stdout).not.toContain('127.0.0.1');
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

describe('the emulator\'s public demo credentials', () => {
  const AK = 'SCMEMULATORDEMOAK000';
  const SK = 'scm-emulator-demo-secret-0000000000000000';

  it.each(['en', 'zh'])('scm emulator --help shows them, ready to export (%s)', async (lang) => {
    const r = await runCli(['emulator', '--help', '--lang', lang], { env: { COLUMNS: '200' } });
    expect(r.stdout).toContain(`export SCM_ENDPOINT=http://127.0.0.1:8443 HUAWEICLOUD_SDK_AK=${AK} HUAWEICLOUD_SDK_SK=${SK}`);
    expect(r.stdout).toMatch(new RegExp(`--sk <(sk|SK)> .*${SK}`));
    expect(r.stdout).toContain('kill $!');
  });

  it('the emulator started without credentials prints the line to paste', async () => {
    const child = spawn(process.execPath, [BIN, 'emulator'], { env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C.UTF-8' } });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line in: ${stderr}`)), 15_000);
      child.stderr.on('data', (d: string) => {
        stderr += d;
        const m = /^emulator: clients need: (export .*)$/m.exec(stderr);
        if (m) (clearTimeout(timer), resolve(m[1]!));
      });
    });
    child.kill('SIGINT');
    expect(line).toMatch(new RegExp(`^export SCM_ENDPOINT=http://127\\.0\\.0\\.1:\\d+ HUAWEICLOUD_SDK_AK=${AK} HUAWEICLOUD_SDK_SK=${SK}$`));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });
});

describe('loopback, as the code means it', () => {
  it.each([['upload', 'plain http only to loopback hosts'], ['push', 'plain http only to loopback hosts'], ['config', 'plain http only to loopback hosts']])('scm %s --help: --endpoint', async (cmd, words) => {
    const en = await runCli([cmd, '--help'], { env: { COLUMNS: '300' } });
    const endpoint = en.stdout.split('\n').find((l) => l.trimStart().startsWith('--endpoint'))!;
    expect(endpoint).toContain(words);
    expect(endpoint).not.toContain('127.0.0.1');
    const zh = await runCli([cmd, '--help', '--lang', 'zh'], { env: { COLUMNS: '300' } });
    expect(zh.stdout.split('\n').find((l) => l.trimStart().startsWith('--endpoint'))).toContain('只有环回地址可以使用 http');
  });
});

describe('placeholders, as the help names them', () => {
  it('zh: --config <文件> is described without the English FILE', async () => {
    const zh = await runCli(['list', '--help', '--lang', 'zh'], { env: { COLUMNS: '300' } });
    const line = zh.stdout.split('\n').find((l) => l.trimStart().startsWith('--config'))!;
    expect(line).toMatch(/^\s*--config <文件>\s+从指定的文件读取设置，/);
    expect(line).not.toContain('FILE');
  });
});
