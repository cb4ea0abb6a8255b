// Human rendering of explanations and of the code list, in English or Chinese. The seed table's remarks for
// the service's developers (seedRemark) are data for --json, not advice: they are not printed here.
import { statusesOf, textAt, type CatalogueEntry, type Lang } from '../../core/catalogue/index.js';
import type { Explanation } from '../../core/catalogue/explanation.js';
import { listOf, t } from '../../core/i18n.js';
import { visible } from '../../core/visible.js';
import { isValidateRule } from '../../core/rules/table.js';
import type { Style } from '../../io/style.js';
import { displayWidth, padEnd, table, wrap } from '../../render/text.js';
import { LABELS, M, SEVERITY } from './messages.js';

export function renderExplanation(x: Explanation, lang: Lang, style: Style, width: number): string {
  const label = (key: keyof typeof LABELS): string => LABELS[key][lang];
  const labelWidth = Math.max(...Object.values(LABELS).map((l) => displayWidth(l[lang])));
  const indent = 2 + labelWidth + 2;
  const field = (key: keyof typeof LABELS, text: string): string => `  ${style.dim(padEnd(label(key), labelWidth))}  ${wrap(text, width, indent)}\n`;
  const severity = (s: keyof typeof SEVERITY): string => SEVERITY[s][lang];

  const head = x.code === null
    ? `${style.bold(x.rule!.id)} ${style.dim(t(lang, M.noCode, { severity: severity(x.rule!.severity) }))}`
    : `${style.bold(x.code)} ${style.dim(`${t(lang, M.head, { status: x.status!, exit: x.exitCode! })}${x.origin === 'gateway' ? t(lang, M.gateway) : ''}`)}`;
  let out = `${head}\n${style.bold(wrap(x.message[lang], width, 0))}\n`;
  // Without a code, the heading and the title already are the rule.
  if (x.rule && x.code !== null) out += field('rule', t(lang, M.ruleLine, { id: x.rule.id, severity: severity(x.rule.severity), title: x.rule.title[lang] }));
  // SCM's own words (from stdin): shown escaped where they hold a control character, as everywhere else.
  if (x.serverMessage) out += field('server', visible(x.serverMessage));
  if (x.description[lang] !== x.message[lang]) out += field('cause', x.description[lang]);
  // A rule id asks about the offline finding: its own fix is the precise one. One fix, never two.
  out += field('fix', x.rule ? x.rule.fix[lang] : x.fix[lang]);
  for (const note of x.notes) out += field('note', note[lang]);
  // `scm validate` only for the rules it runs: `scm validate push-id-format` would read a file of that name.
  for (const [byValidate, message] of [[true, M.offline], [false, M.offlineBefore]] as const) {
    const mine = x.rules.filter((r) => isValidateRule(r.id) === byValidate);
    const rules = listOf(lang, mine.map((r) => t(lang, M.ruleRef, { id: r.id, severity: severity(r.severity) })));
    if (mine.length > 0) out += field('offline', t(lang, message, { rules }));
  }
  if (lang === 'en' && x.englishText === 'translated') out += field('note', t(lang, M.translated));
  if (x.docs) out += field('docs', x.docs[lang]);
  return out;
}

/** `status`: the one the list was asked for; a code published with it among others is shown with its text at it. */
export function renderList(entries: readonly CatalogueEntry[], lang: Lang, style: Style, status?: number): string {
  const rows = entries.map((e) => {
    const at = status !== undefined && statusesOf(e).includes(status) ? status : e.status;
    return [e.code, String(at), textAt(e, at).message[lang]];
  });
  const [first, ...rest] = table([t(lang, M.listHeader).split('|'), ...rows]).split('\n');
  return `${style.bold(first!)}\n${rest.join('\n')}`;
}
