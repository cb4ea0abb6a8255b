// src/cli.ts runs a command with plain arguments without commander, loading only that command's spec
// (src/commands/lazy-specs.ts). For every command: the loader answers the spec registry.ts gives commander,
// and for a command line using every option, the plain reader hands run() what commander would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { SPEC_LOADERS } from '../../src/commands/lazy-specs.js';
import { plainInput } from '../../src/commands/plain-args.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import type { CommandSpec, OptionSpec } from '../../src/commands/types.js';
import { UsageError } from '../../src/errors.js';
import { refusedByCommander, viaCommander } from '../helpers/via-commander.js';

afterEach(() => vi.restoreAllMocks());

// Values the settings accept: --timeout and --retries, and the config files --config names, are judged before the
// run (setting-values.ts), so the recorder is reached only with values that pass: real, empty config files.
const CONFIG_DIR = mkdtempSync(join(tmpdir(), 'scm-lazy-specs-'));
const CONFIGS = ['one', 'two'].map((n) => {
  const path = join(CONFIG_DIR, `${n}.json`);
  writeFileSync(path, '{}\n', { mode: 0o600 });
  return path;
});
afterAll(() => rmSync(CONFIG_DIR, { recursive: true, force: true }));
const SETTINGS: Record<string, [string, string]> = { '--timeout': ['7', '8'], '--config': [CONFIGS[0]!, CONFIGS[1]!] };
const settingOf = (o: OptionSpec): [string, string] | undefined => SETTINGS[/--[a-z][a-z0-9-]*/.exec(o.flags)![0]];

const words = (spec: CommandSpec): string[] => [spec.name, ...(spec.aliases ?? [])];

it('names every command of the registry, by its name and aliases, and nothing else', async () => {
  expect(Object.keys(SPEC_LOADERS).sort()).toEqual(COMMANDS.flatMap(words).sort());
  for (const spec of COMMANDS) for (const word of words(spec)) expect(await SPEC_LOADERS[word]!()).toBe(spec);
});

/** Every long option of the command, each with a value it accepts, written both ways (`--x v`, `--x=v`). */
function everyOption(spec: CommandSpec, equals: boolean): string[] {
  const value = (o: OptionSpec): string => o.choices?.[o.choices.length - 1] ?? settingOf(o)?.[0] ?? (o.integer ? '7' : `v-${o.flags.length}`);
  return [...spec.options, ...GLOBAL_OPTIONS.filter((o) => o.flags !== '--lang <lang>')].flatMap((o) => {
    if (o.hidden) return [];
    const long = /--[a-z][a-z0-9-]*/.exec(o.flags)![0];
    if (!/<[^>]+>/.test(o.flags)) return [long];
    const v = value(o);
    const once = equals ? [`${long}=${v}`] : [long, v];
    return o.repeatable ? [...once, ...once] : once;
  });
}

const operands = (spec: CommandSpec): string[] => spec.args.flatMap((a, i) => (a.variadic ? [`arg${i}`, `more${i}`] : [`arg${i}`]));

describe.each(COMMANDS.map((spec) => [spec.name, spec] as const))('scm %s: plain arguments read as commander reads them', (_, spec) => {
  it.each([
    ['operands only', () => [...operands(spec)]],
    ['every option, value after a space', () => [...operands(spec), ...everyOption(spec, false)]],
    ['every option written --x=v, operands last', () => [...everyOption(spec, true), ...operands(spec)]],
  ])('%s', async (_, argvOf) => {
    const argv = [spec.name, ...argvOf()];
    const plain = plainInput(spec, GLOBAL_OPTIONS, argv.slice(1));
    expect(plain).toBeDefined();
    expect(plain).toEqual(await viaCommander(spec, argv));
  });
});

/** The options of a command that take one value each (its own and the global ones): a repeat may not change it. */
const singleValued = (spec: CommandSpec): OptionSpec[] =>
  [...spec.options, ...GLOBAL_OPTIONS].filter((o) => !o.hidden && !o.repeatable && /<[^>]+>/.test(o.flags));

/** Two values an option accepts, told apart. */
function twoValues(o: OptionSpec): [string, string] {
  if (o.choices) return [o.choices[0]!, o.choices[1]!];
  return settingOf(o) ?? (o.integer ? ['7', '8'] : ['v-one', 'v-two']);
}

describe.each(COMMANDS.map((spec) => [spec.name, spec] as const))('scm %s: an option that takes one value, given twice', (_, spec) => {
  const single = singleValued(spec).map((o) => [/--[a-z][a-z0-9-]*/.exec(o.flags)![0], o] as const);
  it.skipIf(single.length === 0).each(single)('%s with the same value twice: read once, the same both ways', async (long, o) => {
    const [v] = twoValues(o);
    const argv = [spec.name, ...operands(spec), long, v, `${long}=${v}`];
    const plain = plainInput(spec, GLOBAL_OPTIONS, argv.slice(1));
    expect(plain).toBeDefined();
    expect(plain).toEqual(await viaCommander(spec, argv));
  });

  it.skipIf(single.length === 0).each(single)('%s with two values: a usage error naming it, never the last one quietly', async (long, o) => {
    const [a, b] = twoValues(o);
    for (const argv of [[spec.name, ...operands(spec), long, a, long, b], [spec.name, `${long}=${a}`, ...operands(spec), `${long}=${b}`]]) {
      expect(plainInput(spec, GLOBAL_OPTIONS, argv.slice(1))).toBeUndefined();
      const refused = await refusedByCommander(spec, argv);
      expect(refused).toBeInstanceOf(UsageError);
      expect((refused as UsageError).message).toContain(long);
    }
  });
});
