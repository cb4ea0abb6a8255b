// How `--help` is laid out: commander's Help with scm's page. Examples first; commander's own words in the
// user's language; two columns (term, description) wrapped to the width of the terminal, measured in display
// columns so Chinese lines up; a term too wide for the column gets a line of its own instead of pushing every
// description to the right edge; examples too wide for a line are stacked, a long command broken with ` \`.
import { Help, type Command, type Option } from 'commander';
import { listOf, pick, t, type Lang } from '../../core/i18n.js';
import { breakLines, displayWidth, padEnd } from '../../render/text.js';
import type { Example } from '../types.js';
import { H, PLACEHOLDERS, TITLES } from './messages.js';

/** What a command's page has besides commander's parts. */
export interface HelpPage {
  examples: readonly Example[];
  epilogue?: string;
}

const INDENT = 2;
const GAP = 2;
/** Fewer columns than this beside the terms and descriptions go below them (commander's minWidthToWrap). */
const MIN_ROOM = 40;

/** Breaks a command line at spaces outside quotes into lines of at most `room` columns, joined by ` \`. */
function commandLines(cmd: string, room: number): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  for (const ch of cmd) {
    if (quote ? ch === quote : ch === "'" || ch === '"') quote = quote ? '' : ch;
    if (ch === ' ' && !quote) {
      if (word) words.push(word);
      word = '';
    } else word += ch;
  }
  if (word) words.push(word);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    // Continuation lines are indented by 2 and every line but the last ends in " \".
    const limit = room - (lines.length > 0 ? 2 : 0) - 2;
    if (line && displayWidth(line) + 1 + displayWidth(w) > limit) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.map((l, i) => `${i > 0 ? '  ' : ''}${l}${i < lines.length - 1 ? ' \\' : ''}`);
}

/** Examples as `cmd  # note` in two columns when they fit in `width`, else each note above its command. */
export function exampleLines(examples: readonly Example[], lang: Lang, width: number): string[] {
  const cmdWidth = Math.max(...examples.map((e) => displayWidth(e.cmd)));
  const fits = examples.every((e) => INDENT + cmdWidth + GAP + 2 + displayWidth(pick(lang, e.note)) <= width);
  if (fits) return examples.map((e) => `${' '.repeat(INDENT)}${padEnd(e.cmd, cmdWidth)}${' '.repeat(GAP)}# ${pick(lang, e.note)}`);
  const pad = ' '.repeat(INDENT);
  return examples.flatMap((e) => [
    ...breakLines(pick(lang, e.note), width - INDENT - 2).map((l) => `${pad}# ${l}`),
    ...commandLines(e.cmd, width - INDENT).map((l) => `${pad}${l}`),
  ]);
}

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
    const title = TITLES[s];
    return title ? title[this.lang] : s;
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
    const extra: string[] = [];
    if (option.argChoices) extra.push(t(this.lang, H.choices, { values: listOf(this.lang, option.argChoices.map((c) => JSON.stringify(c))) }));
    if (option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== 'boolean') {
      extra.push(t(this.lang, H.defaultValue, { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
    }
    return [option.description, ...extra].filter(Boolean).join(this.lang === 'zh' ? '' : ' ');
  }

  override formatHelp(cmd: Command, helper: Help): string {
    const width = Math.max(40, helper.helpWidth ?? 80);
    const page = this.pages.get(cmd);
    const out: string[] = [];
    if (page && page.examples.length > 0) out.push(this.styleTitle('Examples:'), ...exampleLines(page.examples, this.lang, width), '');
    const usageTitle = this.styleTitle('Usage:');
    out.push(`${usageTitle}${usageTitle.endsWith('：') ? '' : ' '}${this.commandUsage(cmd)}`, '');
    const description = this.commandDescription(cmd);
    if (description) out.push(...breakLines(description, width), '');

    const sections: Array<[string, Array<[string, string]>]> = [
      ['Arguments:', this.visibleArguments(cmd).map((a) => [this.argumentTerm(a), this.argumentDescription(a)])],
      ['Options:', this.visibleOptions(cmd).map((o) => [this.optionTerm(o), this.optionDescription(o)])],
      ['Global Options:', this.showGlobalOptions ? this.visibleGlobalOptions(cmd).map((o) => [this.optionTerm(o), this.optionDescription(o)]) : []],
      ['Commands:', this.visibleCommands(cmd).map((c) => [this.subcommandTerm(c), this.subcommandDescription(c)])],
    ];
    const terms = sections.flatMap(([, items]) => items.map(([term]) => displayWidth(term)));
    const column = Math.min(Math.max(0, ...terms), Math.max(16, Math.floor(width * 0.4)));
    for (const [title, items] of sections) {
      if (items.length === 0) continue;
      out.push(this.styleTitle(title), ...items.flatMap(([term, text]) => this.item(term, text, column, width)), '');
    }
    if (page?.epilogue) out.push(...breakLines(page.epilogue, width), '');
    return out.join('\n');
  }

  /** One term and its description; the description wraps within its column. */
  private item(term: string, text: string, column: number, width: number): string[] {
    const pad = ' '.repeat(INDENT);
    if (!text) return [`${pad}${term}`];
    // A narrow terminal leaves too little room beside the terms: descriptions go below them instead.
    const below = width - (INDENT + column + GAP) < MIN_ROOM;
    const at = below ? INDENT + 4 : INDENT + column + GAP;
    const lines = breakLines(text, width - at).map((l) => `${' '.repeat(at)}${l}`);
    if (below || displayWidth(term) > column) return [`${pad}${term}`, ...lines];
    return [`${pad}${padEnd(term, column)}${' '.repeat(GAP)}${lines[0]!.trimStart()}`, ...lines.slice(1)];
  }
}
