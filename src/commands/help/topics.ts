// `scm help <topic>`: cross-cutting help that belongs to no single command, in the user's language.
import { listOf, t, type Lang } from '../../core/i18n.js';
import { UsageError } from '../../errors.js';
import { breakLines } from '../../render/text.js';
import { ENVIRONMENT } from './environment.js';
import { EXIT_CODE_TABLE } from './exit-codes.js';
import { H, TOPIC_NAMES } from './messages.js';

/** Topic text is laid out for 80 columns, like `--help` on a pipe. */
const WIDTH = 80;
const indented = (text: string, indent: number): string => breakLines(text, WIDTH - indent).map((l) => `${' '.repeat(indent)}${l}`).join('\n');

function environment(lang: Lang): string {
  const blocks = ENVIRONMENT.map(({ group, vars }) => `${t(lang, H.heading, { text: group[lang] })}\n${vars.map((v) => `  ${v.names.join(', ')}\n${indented(v.meaning[lang], 6)}`).join('\n')}`);
  return `${breakLines(t(lang, H.environmentIntro), WIDTH).join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

function exitCodes(lang: Lang): string {
  return `${t(lang, H.exitCodesTitle)}\n${EXIT_CODE_TABLE.map((row) => `  ${String(row.code).padStart(3)}  ${indented(row.meaning[lang], 7).trimStart()}`).join('\n')}\n`;
}

export const HELP_TOPICS: Record<(typeof TOPIC_NAMES)[number], (lang: Lang) => string> = { 'exit-codes': exitCodes, environment };

export function helpTopic(topic: string, lang: Lang): string {
  const render = (HELP_TOPICS as Record<string, (lang: Lang) => string>)[topic];
  if (!render) throw new UsageError(t(lang, H.unknownTopic, { topic }), { hint: t(lang, H.topicsHint, { topics: listOf(lang, TOPIC_NAMES) }) });
  return render(lang);
}
