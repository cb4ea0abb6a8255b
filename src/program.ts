// Builds the commander program from the command specs (src/commands/<name>/spec.ts). Command modules are
// imported only when their command runs, so `scm --help` and `scm explain` never load validation, HTTP or spinner code.
import * as commander from 'commander';
import type { Command as CommandType, Option as OptionType } from 'commander';
import type { Ctx } from './context.js';
import { COMMANDS, GLOBAL_OPTIONS } from './commands/registry.js';
import { pick, type Lang } from './core/i18n.js';
import type { CommandSpec, Example, OptionSpec } from './commands/types.js';
import { helpTopic, HELP_TOPICS } from './commands/help/topics.js';

export interface Outcome {
  status: number;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new commander.InvalidArgumentError('expected a whole number.');
  return Number(value);
}

function toOption(spec: OptionSpec, lang: Lang): OptionType {
  const option = new commander.Option(spec.flags, pick(lang, spec.description));
  if (spec.choices) option.choices(spec.choices);
  if (spec.repeatable) option.argParser(collect);
  if (spec.integer) option.argParser(parseCount);
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  if (spec.hidden) option.hideHelp();
  return option;
}

export function renderExamples(examples: Example[], lang: Lang): string {
  const width = Math.max(...examples.map((e) => e.cmd.length));
  return `Examples:\n${examples.map((e) => `  ${e.cmd.padEnd(width)}  # ${pick(lang, e.note)}`).join('\n')}\n`;
}

function addCommand(program: CommandType, spec: CommandSpec, ctx: Ctx, outcome: Outcome): void {
  const cmd = program.command(spec.name).description(pick(ctx.lang, spec.summary));
  for (const alias of spec.aliases ?? []) cmd.alias(alias);
  for (const arg of spec.args) {
    const name = `${arg.name}${arg.variadic ? '...' : ''}`;
    cmd.argument(arg.required ? `<${name}>` : `[${name}]`, pick(ctx.lang, arg.description));
  }
  for (const option of spec.options) cmd.addOption(toOption(option, ctx.lang));
  cmd.addHelpText('before', `${renderExamples(spec.examples, ctx.lang)}\n`);
  cmd.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as CommandType;
    const mod = await spec.load();
    outcome.status = await mod.run({ args: self.args, opts: self.optsWithGlobals() }, ctx);
  });
}

const ROOT_EXAMPLES: Example[] = [
  { cmd: 'scm validate /etc/letsencrypt/live/example.com', note: 'check a bundle offline before uploading' },
  { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com-2026', note: 'import into SCM' },
  { cmd: 'scm push scs1700000000000 --service WAF --project cn-north-4', note: 'deploy to a cloud service' },
  { cmd: 'scm explain SCM.0014', note: 'what an error code means and how to fix it' },
];

/**
 * `word` is argv[0]. When it names a command, only that command is built: the others could not run, and
 * building them all costs ~3 ms of start-up. Anything else (`--help`, `help`, a typo that needs the
 * suggestions) gets them all.
 */
export function buildProgram(ctx: Ctx, version: string, outcome: Outcome, word?: string): CommandType {
  const named = COMMANDS.find((c) => c.name === word || (c.aliases ?? []).includes(word ?? ''));
  const program = new commander.Command('scm')
    .description('Validate, upload and push TLS certificates for Huawei Cloud SSL Certificate Manager (SCM).')
    .version(version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .helpCommand(false)
    .configureHelp({ showGlobalOptions: true });
  for (const option of GLOBAL_OPTIONS) program.addOption(toOption(option, ctx.lang));
  program.addHelpText('before', `${renderExamples(ROOT_EXAMPLES, ctx.lang)}\n`);
  program.addHelpText('after', `\nRun 'scm help exit-codes' for the exit codes, 'scm help environment' for the environment variables, 'scm <command> --help' for a command.\n`);
  for (const spec of named ? [named] : COMMANDS) addCommand(program, spec, ctx, outcome);

  program
    .command('help')
    .description(`show help for a command or a topic (${Object.keys(HELP_TOPICS).join(', ')})`)
    .argument('[topic]', 'a command name or a help topic')
    .action((topic: string | undefined) => {
      if (topic === undefined) return program.help();
      const sub = program.commands.find((c) => c.name() === topic || c.aliases().includes(topic));
      if (sub) return sub.help();
      ctx.stdout.write(helpTopic(topic));
    });
  for (const sub of program.commands) sub.exitOverride();
  return program;
}
