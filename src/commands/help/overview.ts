// The root page (`scm`, `scm --help`, `scm help`) from the specs alone: what commander would print (ScmHelp,
// test/unit/help-overview.test.ts compares them), without loading commander or building a command per spec,
// which is most of what `scm --help` cost over a bare `node -e 0`.
import type { Out } from '../../context.js';
import { listOf, pick, t, type Lang } from '../../core/i18n.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../registry.js';
import { helpWidth, optionText, renderPage } from './layout.js';
import { H, HELP_FLAGS, TOPIC_NAMES, VERSION_FLAGS } from './messages.js';
import { ROOT_EXAMPLES } from './root.js';
import { argTerm, localFlags, placeholder } from './terms.js';

/** The page at `width` columns. */
export function overviewPage(lang: Lang, width: number): string {
  const options: Array<[string, string]> = [
    [VERSION_FLAGS, t(lang, H.versionOption)],
    ...GLOBAL_OPTIONS.filter((o) => !o.hidden).map((o): [string, string] => [localFlags(o.flags, lang), optionText(lang, pick(lang, o.description), o.choices)]),
    [HELP_FLAGS, t(lang, H.helpOption)],
  ];
  const commands: Array<[string, string]> = [
    ...COMMANDS.map((spec): [string, string] => [[[spec.name, ...(spec.aliases ?? []).slice(0, 1)].join('|'), ...spec.args.map((a) => argTerm(a, lang))].join(' '), pick(lang, spec.summary)]),
    [`help [${placeholder('topic', lang)}]`, t(lang, H.helpSummary, { topics: listOf(lang, TOPIC_NAMES) })],
  ];
  return renderPage({
    examples: ROOT_EXAMPLES,
    epilogue: t(lang, H.epilogue),
    usage: `scm [${placeholder('options', lang)}] [${placeholder('command', lang)}]`,
    description: t(lang, H.description),
    sections: [['Options:', options], ['Commands:', commands]],
  }, lang, width);
}

/** The page for `out`: as wide as its terminal, else $COLUMNS, else 80. */
export const overview = (lang: Lang, out: Out, env: Record<string, string | undefined>): string => overviewPage(lang, helpWidth(out, env));
