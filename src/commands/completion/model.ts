// The shell-neutral completion model: COMMANDS and GLOBAL_OPTIONS (plus commander's --help/--version and the
// `help` command) flattened into what every shell generator needs, so the three scripts cannot disagree.
import { listOf, pick, t, type Lang } from '../../core/i18n.js';
import { CATALOGUE, statusesOf } from '../../core/catalogue/index.js';
import { SITE_ENDPOINTS } from '../../config/endpoint.js';
import { SERVICES } from '../../core/push/index.js';
import { KNOWN_REGIONS } from '../../core/push/regions.js';
import { RULES } from '../../core/rules/table.js';
import { H, HELP_FLAGS, TOPIC_NAMES, VERSION_FLAGS } from '../help/messages.js';
import { placeholder as placeholderIn } from '../help/terms.js';
import { M } from './messages.js';
import { SHELLS } from './shells.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../registry.js';
import type { ArgSpec, CommandSpec, Completion, OptionSpec } from '../types.js';

/** What a value completes to. `none`: nothing (a name, a number, an id only the user knows). */
export type Values = { kind: 'none' } | { kind: 'file' } | { kind: 'dir' } | { kind: 'words'; words: readonly string[] };

export interface FlagModel {
  /** Every spelling, short first: ['-q', '--quiet']. */
  names: string[];
  description: string;
  /** What the flag's value completes to; null for a switch that takes no value. */
  value: Values | null;
  /** Label for the value in menus: the placeholder of `--cert <file>`, in the model's language (文件). */
  valueName: string;
  /** May be given more than once, so it stays offered after use. */
  repeatable: boolean;
}

export interface PositionalModel {
  name: string;
  /** Label for it in menus, in the model's language (证书ID). */
  label: string;
  description: string;
  variadic: boolean;
  values: Values;
}

export interface CommandModel {
  name: string;
  aliases: string[];
  summary: string;
  flags: FlagModel[];
  args: PositionalModel[];
}

export interface CompletionModel {
  program: string;
  /** What zsh heads the list of commands with: 'scm command', 'scm 命令'. */
  commandsLabel: string;
  /** Flags offered before any command: the global options, --help and --version. */
  rootFlags: FlagModel[];
  /** Flags every command accepts besides its own: the global options and --help. */
  globalFlags: FlagModel[];
  commands: CommandModel[];
}

/** For a `lang` hint given without `choices`. */
const LANGS = ['en', 'zh'];

const words = (list: readonly string[]): Values => ({ kind: 'words', words: list });

/** The HTTP statuses `scm explain --status` finds codes for, in order. */
export function catalogueStatuses(): string[] {
  // Each status a code is published with: `scm explain --status 504` lists APIGW.0201 (Backend timeout.).
  return [...new Set(CATALOGUE.flatMap(statusesOf))].sort((a, b) => a - b).map(String);
}

/** Every code `scm explain` knows: catalogue codes, then validate rule ids. */
export function explainableCodes(): string[] {
  return [...CATALOGUE.map((entry) => entry.code), ...RULES.map((rule) => rule.id)];
}

function valuesFor(hint: Completion | undefined, choices: readonly string[] | undefined, placeholder: string): Values {
  if (choices && choices.length > 0) return words(choices);
  switch (hint) {
    case 'file':
    case 'dir':
    case 'none':
      return { kind: hint };
    case 'code':
      return words(explainableCodes());
    case 'site':
      return words(Object.keys(SITE_ENDPOINTS));
    case 'region':
      return words(KNOWN_REGIONS);
    case 'status':
      return words(catalogueStatuses());
    case 'service':
      return words(SERVICES);
    case 'shell':
      return words(SHELLS);
    case 'lang':
      return words(LANGS);
    case undefined:
      // No hint: guess from the placeholder, and never offer files for a value that is not one.
      if (/file|path/i.test(placeholder)) return { kind: 'file' };
      if (/dir|folder/i.test(placeholder)) return { kind: 'dir' };
      return { kind: 'none' };
  }
}

function flagOf(spec: OptionSpec, lang: Lang): FlagModel {
  const names = spec.flags.split(/[\s,|]+/).filter((token) => token.startsWith('-'));
  names.sort((a, b) => a.length - b.length);
  const placeholder = /[<[]([^>\]]+)[>\]]/.exec(spec.flags)?.[1]?.replace(/\.\.\.$/, '');
  const value = placeholder === undefined ? null : valuesFor(spec.complete, spec.choices, placeholder);
  return { names, description: pick(lang, spec.description), value, valueName: placeholder === undefined ? '' : placeholderIn(placeholder, lang), repeatable: spec.repeatable === true };
}

function positionalOf(arg: ArgSpec, lang: Lang): PositionalModel {
  return { name: arg.name, label: placeholderIn(arg.name, lang), description: pick(lang, arg.description), variadic: arg.variadic === true, values: valuesFor(arg.complete, arg.choices, arg.name) };
}

function commandOf(spec: CommandSpec, lang: Lang): CommandModel {
  return {
    name: spec.name,
    aliases: spec.aliases ?? [],
    summary: pick(lang, spec.summary),
    flags: spec.options.filter((option) => !option.hidden).map((option) => flagOf(option, lang)),
    args: spec.args.map((arg) => positionalOf(arg, lang)),
  };
}

/** `scm help [topic]`, built by src/program.ts rather than declared as a spec. */
function helpCommand(lang: Lang): CommandModel {
  const topics = [...TOPIC_NAMES];
  return {
    name: 'help',
    aliases: [],
    summary: t(lang, H.helpSummary, { topics: listOf(lang, topics) }),
    flags: [],
    args: [{ name: 'topic', label: placeholderIn('topic', lang), description: t(lang, H.helpTopicArg), variadic: false, values: words([...topics, ...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])])]) }],
  };
}

/** The model in `lang`: descriptions are what zsh and fish show next to each candidate. */
export function completionModel(lang: Lang = 'en'): CompletionModel {
  const globals = GLOBAL_OPTIONS.filter((option) => !option.hidden).map((option) => flagOf(option, lang));
  const helpFlag = flagOf({ flags: HELP_FLAGS, description: H.helpOption }, lang);
  const versionFlag = flagOf({ flags: VERSION_FLAGS, description: H.versionOption }, lang);
  return {
    program: 'scm',
    commandsLabel: t(lang, M.commandsLabel, { program: 'scm' }),
    rootFlags: [...globals, helpFlag, versionFlag],
    globalFlags: [...globals, helpFlag],
    commands: [...COMMANDS.map((spec) => commandOf(spec, lang)), helpCommand(lang)],
  };
}

/** A command's own flags followed by the global ones it also accepts (its own win on a name clash). */
export function flagsOf(model: CompletionModel, command: CommandModel): FlagModel[] {
  const own = new Set(command.flags.flatMap((flag) => flag.names));
  return [...command.flags, ...model.globalFlags.filter((flag) => !flag.names.some((name) => own.has(name)))];
}
