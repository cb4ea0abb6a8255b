// How a `--help` page is laid out, from what it says: examples first; the usage line; two columns (term,
// description) wrapped to the width of the terminal, measured in display columns so Chinese lines up; a term
// too wide for the column gets a line of its own instead of pushing every description to the right edge;
// examples too wide for a line are stacked, a long command broken with ` \`. format.ts fills a page from
// commander's commands; overview.ts fills the root page from the specs alone (no commander to load).
import type { Out } from '../../context.js';
import { listOf, literal, pick, t, type Lang } from '../../core/i18n.js';
import { breakLines, displayWidth, padEnd } from '../../render/text.js';
import type { Example } from '../types.js';
import { H, TITLES } from './messages.js';

/** What a command's page has besides commander's parts. */
export interface HelpPage {
  examples: readonly Example[];
  epilogue?: string;
}

/** A whole page: its parts in order, every term and text already in the user's language. */
export interface PageModel extends HelpPage {
  usage: string;
  description: string;
  /** By commander's English heading (Arguments:, Options:, Global Options:, Commands:): [term, text] rows. */
  sections: Array<[string, Array<[string, string]>]>;
}

const INDENT = 2;
const GAP = 2;
/** Fewer columns than this beside the terms and descriptions go below them (commander's minWidthToWrap). */
const MIN_ROOM = 40;

/** A heading in `lang`, by the English text commander uses. */
export const title = (s: string, lang: Lang): string => TITLES[s]?.[lang] ?? s;

/** An option's description with its choices and default, as --help shows them. */
export function optionText(lang: Lang, description: string, choices?: readonly string[], shownDefault?: string): string {
  const extra: string[] = [];
  if (choices) extra.push(t(lang, H.choices, { values: listOf(lang, choices.map((c) => literal(lang, c))) }));
  if (shownDefault !== undefined) extra.push(t(lang, H.defaultValue, { value: shownDefault }));
  // Chinese does not set two brackets side by side (“…）（可选值：…）”): a description that ends in a bracket
  // takes the choices and the default inside it, after a ；.
  if (lang === 'zh' && extra.length > 0 && description.endsWith('）')) {
    return `${description.slice(0, -1)}；${extra.map((e) => e.slice(1, -1)).join('；')}）`;
  }
  return [description, ...extra].filter(Boolean).join(lang === 'zh' ? '' : ' ');
}

/** Columns for --help: the terminal's, else $COLUMNS, else 80. */
export function helpWidth(out: Out, env: Record<string, string | undefined>): number {
  if (out.isTTY && out.columns) return out.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/** Breaks a command line at spaces outside quotes into lines of at most `room` columns, joined by ` \`. */
function commandLines(cmd: string, room: number): string[] {
  // A command that fits is never broken: the room kept below for " \" is needed only by a line that continues.
  if (displayWidth(cmd) <= room) return [cmd];
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

/** One term and its description; the description wraps within its column. */
function item(term: string, text: string, column: number, width: number): string[] {
  const pad = ' '.repeat(INDENT);
  if (!text) return [`${pad}${term}`];
  // A narrow terminal leaves too little room beside the terms: descriptions go below them instead.
  const below = width - (INDENT + column + GAP) < MIN_ROOM;
  const at = below ? INDENT + 4 : INDENT + column + GAP;
  const lines = breakLines(text, width - at).map((l) => `${' '.repeat(at)}${l}`);
  if (below || displayWidth(term) > column) return [`${pad}${term}`, ...lines];
  return [`${pad}${padEnd(term, column)}${' '.repeat(GAP)}${lines[0]!.trimStart()}`, ...lines.slice(1)];
}

/** The page as printed, `helpWidth` columns wide (at least 40). */
export function renderPage(page: PageModel, lang: Lang, helpWidth: number): string {
  const width = Math.max(40, helpWidth);
  const out: string[] = [];
  if (page.examples.length > 0) out.push(title('Examples:', lang), ...exampleLines(page.examples, lang, width), '');
  const usageTitle = title('Usage:', lang);
  out.push(`${usageTitle}${usageTitle.endsWith('：') ? '' : ' '}${page.usage}`, '');
  if (page.description) out.push(...breakLines(page.description, width), '');
  const terms = page.sections.flatMap(([, items]) => items.map(([term]) => displayWidth(term)));
  const column = Math.min(Math.max(0, ...terms), Math.max(16, Math.floor(width * 0.4)));
  for (const [heading, items] of page.sections) {
    if (items.length === 0) continue;
    out.push(title(heading, lang), ...items.flatMap(([term, text]) => item(term, text, column, width)), '');
  }
  if (page.epilogue) out.push(...breakLines(page.epilogue, width), '');
  return out.join('\n');
}
