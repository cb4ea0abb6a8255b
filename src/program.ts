// Builds the commander program from the command specs (src/commands/<name>/spec.ts), in the user's language.
// Command modules are imported only when their command runs, so `scm --help` and `scm explain` never load
// validation, HTTP or spinner code.
import * as commander from 'commander';
import type { Command as CommandType, Option as OptionType } from 'commander';
import type { Ctx } from './context.js';
import { COMMANDS, GLOBAL_OPTIONS } from './commands/registry.js';
import { listOf, pick, t, type Lang } from './core/i18n.js';
import type { CommandSpec, OptionSpec } from './commands/types.js';
import { ScmHelp, type HelpPage } from './commands/help/format.js';
import { H, PLACEHOLDERS, TOPIC_NAMES } from './commands/help/messages.js';
import { ROOT_EXAMPLES } from './commands/help/root.js';
import { U } from './commands/help/usage-errors.js';

export interface Outcome {
  status: number;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A placeholder (`file` of `--cert <file>`, an argument name) in the user's language. */
const placeholder = (name: string, lang: Lang): string => PLACEHOLDERS[name]?.[lang] ?? name;

/** `--cert <file>` as usage lines show it in `lang`; commander takes the option's name from the flags alone. */
export const localFlags = (flags: string, lang: Lang): string => flags.replace(/([<[])([^>\]]+?)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots = '', close: string) => `${open}${placeholder(name, lang)}${dots}${close}`);

function toOption(spec: OptionSpec, lang: Lang): OptionType {
  const option = new commander.Option(localFlags(spec.flags, lang), pick(lang, spec.description));
  if (spec.choices) option.choices(spec.choices);
  if (spec.repeatable) option.argParser(collect);
  if (spec.integer) {
    option.argParser((value: string) => {
      if (!/^\d+$/.test(value)) throw new commander.InvalidArgumentError(`${t(lang, U.wholeNumber)}.`);
      return Number(value);
    });
  }
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  if (spec.hidden) option.hideHelp();
  return option;
}

function addCommand(program: CommandType, spec: CommandSpec, ctx: Ctx, outcome: Outcome, pages: Map<CommandType, HelpPage>): void {
  const cmd = program.command(spec.name).description(pick(ctx.lang, spec.summary));
  for (const alias of spec.aliases ?? []) cmd.alias(alias);
  for (const arg of spec.args) {
    const name = `${placeholder(arg.name, ctx.lang)}${arg.variadic ? '...' : ''}`;
    cmd.argument(arg.required ? `<${name}>` : `[${name}]`, pick(ctx.lang, arg.description));
  }
  for (const option of spec.options) cmd.addOption(toOption(option, ctx.lang));
  pages.set(cmd, { examples: spec.examples });
  cmd.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as CommandType;
    const mod = await spec.load();
    outcome.status = await mod.run({ args: self.args, opts: self.optsWithGlobals() }, ctx);
  });
}

/** Only global options (`scm`, `scm --lang zh`): the user asked for nothing yet, so help is the answer. */
export function isBareInvocation(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const spec = GLOBAL_OPTIONS.find((o) => o.flags.split(/[ ,]+/).includes(a.split('=')[0]!));
    if (!spec) return false;
    if (/[<[]/.test(spec.flags) && !a.includes('=')) i++;
  }
  return true;
}

/**
 * `word` is argv[0]. When it names a command, only that command is built: the others could not run, and
 * building them all costs ~3 ms of start-up. Anything else (`--help`, `help`, a typo that needs the
 * suggestions) gets them all.
 */
export function buildProgram(ctx: Ctx, version: string, outcome: Outcome, word?: string): CommandType {
  const lang = ctx.lang;
  const named = COMMANDS.find((c) => c.name === word || (c.aliases ?? []).includes(word ?? ''));
  const pages = new Map<CommandType, HelpPage>();
  const program = new commander.Command('scm')
    .description(t(lang, H.description))
    .version(version, '-v, --version', t(lang, H.versionOption))
    .helpOption('-h, --help', t(lang, H.helpOption))
    .showSuggestionAfterError(true)
    .exitOverride()
    .helpCommand(false)
    .configureHelp({ showGlobalOptions: true });
  // commander's default short flag, still accepted.
  program.addOption(new commander.Option('-V').hideHelp());
  program.on('option:V', () => {
    ctx.stdout.write(`${version}\n`);
    throw new commander.CommanderError(0, 'commander.version', version);
  });
  for (const option of GLOBAL_OPTIONS) program.addOption(toOption(option, lang));
  pages.set(program, { examples: ROOT_EXAMPLES, epilogue: t(lang, H.epilogue) });
  for (const spec of named ? [named] : COMMANDS) addCommand(program, spec, ctx, outcome, pages);

  const help = program
    .command('help')
    .description(t(lang, H.helpSummary, { topics: listOf(lang, TOPIC_NAMES) }))
    .argument(`[${placeholder('topic', lang)}]`, t(lang, H.helpTopicArg))
    .action(async (topic: string | undefined) => {
      if (topic === undefined) return program.help();
      const sub = program.commands.find((c) => c.name() === topic || c.aliases().includes(topic));
      if (sub) return sub.help();
      const { helpTopic } = await import('./commands/help/topics.js');
      ctx.stdout.write(helpTopic(topic, lang));
    });
  pages.set(help, {
    examples: [
      { cmd: 'scm help upload', note: H.helpUpload },
      { cmd: 'scm help exit-codes', note: H.helpExitCodes },
      { cmd: 'scm help environment', note: H.helpEnvironment },
    ],
  });
  program.command('version', { hidden: true }).action(() => ctx.stdout.write(`${version}\n`));
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.createHelp = () => Object.assign(new ScmHelp(lang, pages), cmd.configureHelp());
  }
  return program;
}
