// The npm package is publishable as it is: `npm pack` in a clean checkout (no dist/) builds first (prepack),
// the tarball holds what --help and the README point to, and it installs with `npm install -g` into an empty
// prefix without the registry (its runtime dependencies travel inside it: bundleDependencies).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/** What a clean checkout does not have: build output, installed packages, generated fixtures, local results. */
const NOT_CHECKED_IN = ['node_modules', 'dist', '.git', 'coverage', 'test/fixtures/generated', 'bench/results'];

let box: string;
let checkout: string;
let tarball: string;

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  // npm_config_* from the npm that runs the tests would point this npm at its cache and registry settings.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...clean, ...env }, timeout: 240_000 });
}

beforeAll(() => {
  box = mkdtempSync(join(tmpdir(), 'scm-e2e-package-'));
  checkout = join(box, 'checkout');
  cpSync(ROOT, checkout, { recursive: true, filter: (src) => !NOT_CHECKED_IN.includes(relative(ROOT, src)) });
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
  expect(existsSync(join(checkout, 'dist'))).toBe(false);
  const packed = run('npm', ['pack', '--pack-destination', box], checkout);
  expect(packed.status, packed.stderr).toBe(0);
  tarball = join(box, readdirSync(box).find((f) => /^scm-cli-.*\.tgz$/.test(f))!);
}, 300_000);
afterAll(() => {
  if (box) rmSync(box, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('built first (prepack) and packed the build, the docs --help points to and the man pages', () => {
    const list = run('tar', ['-tzf', tarball], box).stdout.split('\n');
    for (const file of ['dist/cli.js', 'bin/scm.js', 'README.md', 'docs/emulator.md', 'man/scm.1', 'man/zh_CN/man1/scm.1', 'completions/_scm', 'contrib/certbot/deploy-hook.sh']) {
      expect(list, file).toContain(`package/${file}`);
    }
    expect(list.some((f) => f.startsWith('package/dist/chunks/'))).toBe(true);
    // Its runtime dependencies, so that it installs without the registry.
    for (const dep of ['ora', 'cosmiconfig', 'undici', 'node-forge']) expect(list, dep).toContain(`package/node_modules/${dep}/package.json`);
    // Not the sources, tests or benchmarks.
    expect(list.filter((f) => /^package\/(src|test|bench|scripts)\//.test(f))).toEqual([]);
  });
});

describe('npm install -g ./scm-cli-*.tgz', () => {
  it('installs offline into an empty prefix: scm --version, scm --help, man scm', () => {
    const prefix = join(box, 'prefix');
    const install = run('npm', ['install', '-g', tarball, '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], box, {
      // Nothing may come from a registry: none is reachable, and the cache is empty.
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: join(box, 'empty-cache'),
    });
    expect(install.status, install.stderr).toBe(0);
    const scm = join(prefix, 'bin', 'scm');
    const version = run(scm, ['--version'], box);
    expect([version.status, version.stdout.trim()]).toEqual([0, JSON.parse(run('node', ['-p', 'JSON.stringify(require("./package.json").version)'], ROOT).stdout)]);
    const help = run(scm, ['--help', '--lang', 'zh'], box);
    expect(help.stdout).toMatch(/^示例：/);
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'scm.1'))).toBe(true);
    // A command that loads a bundled dependency (cosmiconfig) works from the install.
    const config = run(scm, ['config', '--json'], box, { HOME: box, XDG_CONFIG_HOME: join(box, 'xdg') });
    expect(config.status, config.stderr).toBe(0);
    expect(JSON.parse(config.stdout).settings.endpoint.value).toMatch(/^https:\/\/scm\./);
  });
});
