// commander's Help with scm's page (layout.ts): commander's own words in the user's language, and the parts of
// a command's page read from commander's command.
import { Help, type Command, type Option } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { breakLines, displayWidth } from '../../render/text.js';
import { optionText, renderPage, title, type HelpPage } from './layout.js';
import { H, PLACEHOLDERS } from './messages.js';

export type { HelpPage } from './layout.js';

export class ScmHelp extends Help {
  constructor(
    private readonly lang: Lang,
    private readonly pages: ReadonlyMap<Command, HelpPage>,
  ) {
    super();
  }

  override displayWidth(s: string): number {
    return displayWidth(s);
  }

  override boxWrap(s: string, width: number): string {
    return s.split('\n').flatMap((line) => breakLines(line, width)).join('\n');
  }

  override styleTitle(s: string): string {
    return title(s, this.lang);
  }

  /** commander's `[options]` and `[command]` in the user's language (argument names are already). */
  override commandUsage(cmd: Command): string {
    const word = (key: string): string => PLACEHOLDERS[key]![this.lang];
    return super.commandUsage(cmd).replace(/\[options\]/g, `[${word('options')}]`).replace(/\[command\]/g, `[${word('command')}]`);
  }

  /** `name|alias <args>`: every command has options, so `[options]` says nothing in the list. */
  override subcommandTerm(cmd: Command): string {
    const args = cmd.registeredArguments.map((a) => {
      const name = `${a.name()}${a.variadic ? '...' : ''}`;
      return a.required ? `<${name}>` : `[${name}]`;
    });
    return [[cmd.name(), ...cmd.aliases().slice(0, 1)].join('|'), ...args].join(' ');
  }

  override optionDescription(option: Option): string {
    const shown = option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== 'boolean';
    return optionText(this.lang, option.description, option.argChoices, shown ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined);
  }

  override formatHelp(cmd: Command, helper: Help): string {
    const page = this.pages.get(cmd);
    const description = this.commandDescription(cmd);
    return renderPage({
      examples: page?.examples ?? [],
      ...(page?.epilogue ? { epilogue: page.epilogue } : {}),
      usage: this.commandUsage(cmd),
      description,
      sections: [
        ['Arguments:', this.visibleArguments(cmd).map((a) => [this.argumentTerm(a), this.argumentDescription(a)])],
        ['Options:', this.visibleOptions(cmd).map((o) => [this.optionTerm(o), this.optionDescription(o)])],
        ['Global Options:', this.showGlobalOptions ? this.visibleGlobalOptions(cmd).map((o) => [this.optionTerm(o), this.optionDescription(o)]) : []],
        ['Commands:', this.visibleCommands(cmd).map((c) => [this.subcommandTerm(c), this.subcommandDescription(c)])],
      ],
    }, this.lang, helper.helpWidth ?? 80);
  }
}
