// Builds the commander program from the command specs (src/commands/<name>/spec.ts), in the user's language,
// and runs it. Command modules are imported only when their command runs, so `scm --help` never loads
// validation, HTTP or spinner code; cli.ts imports this module only when an invocation needs commander.
import * as commander from 'commander';
import type { Command as CommandType, CommanderError, Option as OptionType } from 'commander';
import type { Ctx, Out } from './context.js';
import { COMMANDS, GLOBAL_OPTIONS } from './commands/registry.js';
import { listOf, pick, t, type Lang } from './core/i18n.js';
import type { CommandSpec, OptionSpec } from './commands/types.js';
import { ScmHelp, type HelpPage } from './commands/help/format.js';
import { helpWidth } from './commands/help/layout.js';
import { H, HELP_FLAGS, TOPIC_NAMES, VERSION_FLAGS } from './commands/help/messages.js';
import { argTerm, localFlags, placeholder } from './commands/help/terms.js';
import { ROOT_EXAMPLES } from './commands/help/root.js';
import { localizeUsageError, U, usageErrorHint } from './commands/help/usage-errors.js';
import { ExitCode } from './errors.js';
import { refuseEmpty } from './commands/empty-values.js';
import { refuseFlagAsValue } from './commands/flag-values.js';
import { listEndsFirst } from './commands/variadic-ends.js';
import { refuseBadHost } from './commands/host-values.js';
import { refuseBadSettings } from './commands/setting-values.js';
import { refuseSecondValue } from './commands/once-values.js';
import { MAX_WHOLE_NUMBER, wholeNumber } from './commands/whole-number.js';
import { choiceOf } from './commands/choices.js';

export interface Outcome {
  status: number;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}


function toOption(spec: OptionSpec, lang: Lang): OptionType {
  const option = new commander.Option(localFlags(spec.flags, lang), pick(lang, spec.description));
  const choices = spec.choices;
  // commander's choices for --help and its error text (usage-errors.ts), read in any case (choices.ts).
  if (choices) option.choices(choices);
  const choice = (value: string): string => {
    const c = choices ? choiceOf(choices, value) : value;
    if (c === undefined) throw new commander.InvalidArgumentError(`Allowed choices are ${choices!.join(', ')}.`);
    return c;
  };
  if (choices && !spec.repeatable) option.argParser(choice);
  if (spec.repeatable) option.argParser((value: string, previous: string[] | undefined) => collect(choice(value), previous));
  if (spec.integer) {
    option.argParser((value: string) => {
      const n = wholeNumber(value);
      if (n === 'not-whole') throw new commander.InvalidArgumentError(`${t(lang, U.wholeNumber)}.`);
      if (n === 'too-large') throw new commander.InvalidArgumentError(`${t(lang, U.wholeNumberMax, { max: MAX_WHOLE_NUMBER })}.`);
      return n;
    });
  }
  if (!spec.repeatable && option.required) refuseSecondValue(option, lang);
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  if (spec.hidden) option.hideHelp();
  return option;
}

/** `full`: with its options; without, the command is only listed (name, arguments, summary). */
function addCommand(program: CommandType, spec: CommandSpec, ctx: Ctx, outcome: Outcome, pages: Map<CommandType, HelpPage>, full: boolean): void {
  const cmd = program.command(spec.name).description(pick(ctx.lang, spec.summary));
  for (const alias of spec.aliases ?? []) cmd.alias(alias);
  for (const arg of spec.args) {
    cmd.argument(argTerm(arg, ctx.lang), pick(ctx.lang, arg.description));
  }
  if (full) for (const option of spec.options) cmd.addOption(toOption(option, ctx.lang));
  pages.set(cmd, { examples: spec.examples });
  cmd.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as CommandType;
    const input = { args: self.args, opts: self.optsWithGlobals() };
    await refuseEmpty(spec, GLOBAL_OPTIONS, input, ctx.lang);
    await refuseBadSettings(spec, input, ctx);
    await refuseBadHost(spec, input, ctx.lang);
    const mod = await spec.load();
    outcome.status = await mod.run(input, ctx);
  });
}

/**
 * The words of `argv` after the global options in front (`scm --lang zh upload ...` -> upload ...), and whether
 * one of those options lacks its value (`scm --lang`, `scm --lang --version`).
 */
function splitGlobals(argv: readonly string[]): { rest: readonly string[]; valueMissing: boolean } {
  let i = 0;
  let valueMissing = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    const spec = GLOBAL_OPTIONS.find((o) => o.flags.split(/[ ,]+/).includes(a.split('=')[0]!));
    if (!spec) break;
    if (/</.test(spec.flags) && !a.includes('=')) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) valueMissing = true;
    }
  }
  return { rest: argv.slice(i), valueMissing };
}

const afterGlobals = (argv: readonly string[]): readonly string[] => splitGlobals(argv).rest;

/**
 * Only global options (`scm`, `scm --lang zh`): the user asked for nothing yet, so help is the answer. Not when
 * one lacks its value: commander then says so (exit 2), as it does after a command.
 */
const isBareInvocation = (argv: readonly string[]): boolean => {
  const { rest, valueMissing } = splitGlobals(argv);
  return rest.length === 0 && !valueMissing;
};

const commandNamed = (word: string | undefined): CommandSpec | undefined => COMMANDS.find((c) => c.name === word || (c.aliases ?? []).includes(word ?? ''));

/**
 * When argv[0] names a command, only that command is built: the others could not run, and building them all
 * costs ~3 ms of start-up. Anything else (`--help`, `help`, a typo that needs the suggestions) lists them all,
 * with their options only for `scm help <command>`: the overview shows names and summaries.
 */
export function buildProgram(ctx: Ctx, version: string, outcome: Outcome, argv: readonly string[]): CommandType {
  const lang = ctx.lang;
  const [word, topic] = afterGlobals(argv);
  const named = commandNamed(word);
  const helped = word === 'help' ? commandNamed(topic) : undefined;
  const pages = new Map<CommandType, HelpPage>();
  const program = new commander.Command('scm')
    .description(t(lang, H.description))
    .version(version, VERSION_FLAGS, t(lang, H.versionOption))
    .helpOption(HELP_FLAGS, t(lang, H.helpOption))
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
  for (const spec of named ? [named] : COMMANDS) addCommand(program, spec, ctx, outcome, pages, spec === named || spec === helped);

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

/**
 * The long flags that take no value of the program and of the commands built with their options (the one
 * named, see buildProgram): `--json=true` of one of them is said as a value given to a flag that takes none.
 */
const bareFlags = (program: CommandType): Set<string> =>
  new Set([program, ...program.commands].flatMap((c) => c.options.flatMap((o) => (o.long && !o.required && !o.optional ? [o.long] : []))));

/** Every long flag of the program and of the commands built (with or without a value). */
const longFlags = (program: CommandType): Set<string> =>
  new Set([program, ...program.commands].flatMap((c) => c.options.flatMap((o) => (o.long ? [o.long] : []))));

/** The flags of other commands that the command named in `argv` has under another name (OptionSpec.sameAs). */
function sameAsFlags(argv: readonly string[]): Map<string, string> {
  const spec = commandNamed(afterGlobals(argv)[0]);
  const out = new Map<string, string>();
  for (const o of spec?.options ?? []) {
    const long = /--[a-z][a-z0-9-]*/.exec(o.flags)?.[0];
    for (const other of o.sameAs ?? []) if (long) out.set(other, long);
  }
  return out;
}

const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

function isCommanderError(e: unknown): e is CommanderError {
  return e instanceof Error && typeof (e as CommanderError).code === 'string' && (e as CommanderError).code.startsWith('commander.');
}

/** `argv` with the words that end an option's list (deploy's id after --resource R...) where commander reads them as operands. */
function withListEnds(argv: string[]): string[] {
  const rest = afterGlobals(argv);
  const spec = commandNamed(rest[0]);
  return spec ? [...argv.slice(0, argv.length - rest.length + 1), ...listEndsFirst(spec, rest.slice(1))] : argv;
}

/**
 * Parses `argv` and runs the command: its exit status, or a typed error thrown by it. `usageError` turns
 * commander's complaint (already in the user's language) into what stderr gets.
 */
export async function runProgram(argv: string[], ctx: Ctx, o: { version: string; usageError: (message: string, hint?: string) => string }): Promise<number> {
  const outcome: Outcome = { status: ExitCode.OK };
  const program = buildProgram(ctx, o.version, outcome, argv);
  program.configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s),
    // commander's defaults would ask process.stdout/stderr, building the streams cli.ts avoids (see io/fd-out.ts).
    getOutHelpWidth: () => helpWidth(ctx.stdout, ctx.env),
    getErrHelpWidth: () => helpWidth(ctx.stderr, ctx.env),
    getOutHasColors: () => ctx.style.enabled,
    getErrHasColors: () => ctx.errStyle.enabled,
    outputError: (s, write) => write(o.usageError(localizeUsageError(s, ctx.lang, bareFlags(program), sameAsFlags(argv), longFlags(program)), usageErrorHint(s, ctx.lang))),
  });
  for (const sub of program.commands) sub.configureOutput(program.configureOutput());
  if (isBareInvocation(argv)) {
    // Their values are still judged (`scm --lang fr` is a usage error, as `scm --lang fr list` is), then the help.
    try {
      program.parseOptions([...argv]);
    } catch (e) {
      if (isCommanderError(e)) return ExitCode.USAGE;
      throw e;
    }
    program.outputHelp();
    return ExitCode.OK;
  }
  const rest = afterGlobals(argv);
  const spec = commandNamed(rest[0]);
  if (spec) refuseFlagAsValue(spec, GLOBAL_OPTIONS, rest.slice(1), ctx.lang);
  try {
    await program.parseAsync(withListEnds(argv), { from: 'user' });
    return outcome.status;
  } catch (e) {
    if (isCommanderError(e)) return COMMANDER_OK.has(e.code) ? ExitCode.OK : ExitCode.USAGE;
    throw e;
  }
}
