// A command skips commander when its arguments are plain (src/commands/plain-args.ts): explain and check
// here, every command in lazy-specs.test.ts. Whenever the plain reader answers, it must answer what commander
// gives the command; anything it does not take goes to commander, so that errors and --help stay commander's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSpec } from '../../src/commands/check/spec.js';
import { explainSpec } from '../../src/commands/explain/spec.js';
import { isOverview, plainInput } from '../../src/commands/plain-args.js';
import { GLOBAL_OPTIONS } from '../../src/commands/shared/global-options.js';
import { viaCommander } from '../helpers/via-commander.js';

afterEach(() => vi.restoreAllMocks());

describe('plain arguments: read without commander, exactly as commander reads them', () => {
  it.each([
    [['explain', 'SCM.0014']],
    [['explain-error', '14', '0012', 'key-mismatch']],
    [['explain', '14', '--lang', 'zh', '--json']],
    [['explain', '--lang=zh', '14']],
    [['explain', '--list', '--status', '401']],
    [['explain', '--status=401']],
    [['explain', '--search', '私钥', '--json']],
    [['explain', '-']],
    [['explain']],
    [['explain', '14', '--debug', '--no-color', '--no-input']],
    [['explain', '--search', 'a', '--search', 'a']],
    [['explain', '--status', '401', '--status=401', '--lang', 'zh', '--lang=zh']],
  ])('%j', async (argv) => {
    const plain = plainInput(explainSpec, GLOBAL_OPTIONS, argv.slice(1));
    expect(plain).toBeDefined();
    expect(plain).toEqual(await viaCommander(explainSpec, argv));
  });
});

describe('anything else goes to commander', () => {
  it.each([
    [['--help']], [['-h']], [['14', '--frobnicate']], [['--status', 'x']], [['--status']], [['--lang', 'fr']],
    [['--', '14']], [['--json=1']], [['-v']], [['--search', '--json']],
    // Two values for an option that takes one: commander refuses it (once-values.ts).
    [['--search', 'a', '--search', 'b']], [['--status', '401', '--status', '403']], [['--lang', 'en', '--lang=zh']],
  ])('%j', (argv) => {
    expect(plainInput(explainSpec, GLOBAL_OPTIONS, argv)).toBeUndefined();
  });
});

describe('scm check (the cron renewal gate) reads plain arguments the same way', () => {
  it.each([
    [['check', '/etc/letsencrypt/live/example.com']],
    [['check', 'a', 'b', '--within', '30', '--json']],
    [['check', 'https://127.0.0.1:8443', '--servername', 'www.example.com', '--expect', 'scs1700000000000']],
    [['check', 'x:443', '--timeout=5', '--retries', '1', '--endpoint', 'http://127.0.0.1:1', '--lang', 'zh']],
  ])('%j', async (argv) => {
    const plain = plainInput(checkSpec, GLOBAL_OPTIONS, argv.slice(1));
    expect(plain).toBeDefined();
    expect(plain).toEqual(await viaCommander(checkSpec, argv));
  });

  it.each([[['--within', 'x', 'a']], [['a', '-q']], [['--help']], [[]]])('%j goes to commander', (argv) => {
    expect(plainInput(checkSpec, GLOBAL_OPTIONS, argv)).toBeUndefined();
  });
});

describe('the root page without commander: `scm`, `scm --help`, `scm -h`, `scm help`, with plain global options', () => {
  it.each([[[]], [['--help']], [['-h']], [['help']], [['--help', '--lang', 'zh']], [['--lang=zh', '-h']], [['help', '--lang', 'zh']], [['--debug', '--no-color', '--help']], [['--config', 'x.json', '-h']]])('%j', (argv) => {
    expect(isOverview(GLOBAL_OPTIONS, argv)).toBe(true);
  });

  // Each of these is commander's: the help command's own page, a bad value, a value that looks like a flag,
  // the version, something more than the page, `--`.
  it.each([[['help', '--help']], [['help', '-h']], [['--lang', '--help', 'zh']], [['--lang', 'fr', '--help']], [['-h', '-v']], [['--version']], [['--help', 'extra']], [['help', 'upload']], [['--', '--help']], [['--json', '--help']], [['validate']], [['--lang']]])('%j goes to commander', (argv) => {
    expect(isOverview(GLOBAL_OPTIONS, argv)).toBe(false);
  });
});

describe('an option taking several values (deploy --resource <resource...>), as commander reads it', () => {
  it('every word after it up to the next option; --x=v takes one; a lone - is a value', async () => {
    const { COMMANDS } = await import('../../src/commands/registry.js');
    const deploy = COMMANDS.find((c) => c.name === 'deploy')!;
    for (const argv of [
      ['scs1700000000001', '--service', 'CDN', '--resource', 'a.example.com', 'b.example.com', '--json'],
      ['scs1700000000001', '--resource', 'a.example.com', 'b.example.com', '--resource', 'c.example.com'],
      ['scs1700000000001', '--resource=a.example.com', '--service', 'CDN'],
      ['scs1700000000001', '--resource', 'a.example.com', '-'],
    ]) {
      const plain = plainInput(deploy, GLOBAL_OPTIONS, argv);
      expect([argv, plain]).toEqual([argv, await viaCommander(deploy, ['deploy', ...argv])]);
    }
    expect(plainInput(deploy, GLOBAL_OPTIONS, ['scs1700000000001', '--resource', 'a', 'b'])?.opts.resource).toEqual(['a', 'b']);
  });

  it('a certificate id (scs + 13 digits) after the resources ends the list, read by both as the id', async () => {
    const { COMMANDS } = await import('../../src/commands/registry.js');
    const deploy = COMMANDS.find((c) => c.name === 'deploy')!;
    for (const argv of [
      ['--service', 'CDN', '--resource', 'a.example.com', 'scs1234567890123'],
      ['--service', 'CDN', '--resource', 'a.example.com', 'b.example.com', 'scs1234567890123', '--json'],
      ['--resource', 'elb-1', '--resource', 'elb-2', 'scs1234567890123', '--service', 'ELB', '--project', 'cn-north-4'],
    ]) {
      const plain = plainInput(deploy, GLOBAL_OPTIONS, argv);
      expect(plain?.args).toEqual(['scs1234567890123']);
      expect([argv, plain]).toEqual([argv, await viaCommander(deploy, ['deploy', ...argv])]);
    }
    // After the id, another word is a second operand, not a resource: commander's to refuse (too many arguments).
    expect(plainInput(deploy, GLOBAL_OPTIONS, ['--resource', 'a.example.com', 'scs1234567890123', 'b.example.com'])).toBeUndefined();
    // The first value after --resource is its value whatever its shape, and an id-like word never ends --resource=v's one value.
    expect(plainInput(deploy, GLOBAL_OPTIONS, ['scs1700000000001', '--resource', 'scs1234567890123'])?.opts.resource).toEqual(['scs1234567890123']);
  });
});
