// Builds the commander program from the command specs (src/commands/<name>/spec.ts), in the user's language,
// and runs it. Command modules are imported only when their command runs, so `scm --help` never loads
// validation, HTTP or spinner code; cli.ts imports this module only when an invocation needs commander.
import * as commander from 'commander';
import type { Command as CommandType, CommanderError } from 'commander';
import type { Ctx, Out } from './context.js';
import { COMMANDS, GLOBAL_OPTIONS } from './commands/registry.js';
import { listOf, pick, t } from './core/i18n.js';
import type { CommandSpec } from './commands/types.js';
import { ScmHelp, type HelpPage } from './commands/help/format.js';
import { helpWidth } from './commands/help/layout.js';
import { H, HELP_FLAGS, TOPIC_NAMES, VERSION_FLAGS } from './commands/help/messages.js';
import { argTerm, placeholder } from './commands/help/terms.js';
import { ROOT_EXAMPLES } from './commands/help/root.js';
import { localizeUsageError, usageErrorHint } from './commands/help/usage-errors.js';
import { ExitCode } from './errors.js';
import { refuseEmpty } from './commands/empty-values.js';
import { refuseFlagAsValue } from './commands/flag-values.js';
import { refuseBadHost } from './commands/host-values.js';
import { refuseBadSettings } from './commands/setting-values.js';
import { afterGlobals, commandNamed, isBareInvocation, sameAsFlags, withListEnds } from './commands/argv-words.js';
import { toOption } from './commands/to-option.js';

export interface Outcome {
  status: number;
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

const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

function isCommanderError(e: unknown): e is CommanderError {
  return e instanceof Error && typeof (e as CommanderError).code === 'string' && (e as CommanderError).code.startsWith('commander.');
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
