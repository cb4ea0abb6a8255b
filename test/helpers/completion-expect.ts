// What completion must offer, read straight from the command specs and the tables they point at (not from
// src/commands/completion/), so a generator that drops or invents a flag, a choice or a code is caught.
import { SITE_ENDPOINTS } from '../../src/config/endpoint.js';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { KNOWN_REGIONS } from '../../src/core/push/regions.js';
import { RULES } from '../../src/core/rules/table.js';
import { HELP_TOPICS } from '../../src/commands/help/topics.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import type { CommandSpec, OptionSpec } from '../../src/commands/types.js';

export { COMMANDS, KNOWN_REGIONS };

export const longFlag = (option: OptionSpec): string => option.flags.split(/[\s,|]+/).find((t) => t.startsWith('--'))!;
export const takesValue = (option: OptionSpec): boolean => /[<[]/.test(option.flags);
const visible = (options: OptionSpec[]): OptionSpec[] => options.filter((o) => !o.hidden);

/** Long flags every command accepts besides its own (commander adds --help to each). */
export const GLOBAL_LONG_FLAGS = [...visible(GLOBAL_OPTIONS).map(longFlag), '--help'];
export const ROOT_LONG_FLAGS = [...GLOBAL_LONG_FLAGS, '--version'];

/** `scm <cmd> --` must offer exactly these. */
export function longFlagsOf(spec: CommandSpec): string[] {
  const own = visible(spec.options).map(longFlag);
  return [...own, ...GLOBAL_LONG_FLAGS.filter((f) => !own.includes(f))];
}

export interface OptionCase {
  command: string;
  /** The option's long spelling. */
  flag: string;
  option: OptionSpec;
}

/** Every visible option of every command, optionally filtered. */
export function optionCases(filter: (o: OptionSpec) => boolean): OptionCase[] {
  return COMMANDS.flatMap((spec) => visible(spec.options).filter(filter).map((option) => ({ command: spec.name, flag: longFlag(option), option })));
}

/** The SCM sites `--region` takes (one endpoint each); the 29 push regions are for `--project` only. */
export const SITES = Object.keys(SITE_ENDPOINTS);
/** Every HTTP status of the catalogue: what `scm explain --status` finds codes for. */
/** Every status a code is published with (what `scm explain --status` lists codes for). */
export const STATUSES = [...new Set(CATALOGUE.flatMap((e) => [e.status, ...(e.variants ?? []).map((v) => v.status)]).map(String))];

export const EXPLAINABLE = [...CATALOGUE.map((e) => e.code), ...RULES.map((r) => r.id)];
export const RULE_IDS = RULES.map((r) => r.id);
export const COMMAND_WORDS = [...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]), 'help'];
export const HELP_WORDS = [...Object.keys(HELP_TOPICS), ...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])])];

/** Candidates compared as sets: shells differ in order and in a trailing `/` on directories. */
export const norm = (words: string[]): string[] => [...new Set(words.map((w) => w.replace(/\/$/, '')))].sort();
