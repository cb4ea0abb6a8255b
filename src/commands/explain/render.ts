// Human rendering of explanations and of the code list, in English or Chinese.
import type { CatalogueEntry, Lang } from '../../core/catalogue/index.js';
import type { Explanation } from '../../core/catalogue/explanation.js';
import type { Style } from '../../io/style.js';
import { displayWidth, padEnd, table, wrap } from '../../render/text.js';

const LABELS = {
  en: { cause: 'Cause', fix: 'Fix', note: 'Note', server: 'Server said', offline: 'Offline', docs: 'Docs', rule: 'Rule', exit: 'exit', none: 'no published SCM code', remark: 'Table remark', translated: 'English text translated from the Chinese table' },
  zh: { cause: '原因', fix: '解决', note: '说明', server: '服务端返回', offline: '离线检查', docs: '文档', rule: '规则', exit: '退出码', none: '无对应的SCM错误码', remark: '原表备注', translated: '' },
} as const;

export function renderExplanation(x: Explanation, lang: Lang, style: Style, width: number): string {
  const L = LABELS[lang];
  const labelWidth = Math.max(...[L.cause, L.fix, L.note, L.server, L.offline, L.docs, L.rule].map(displayWidth));
  const indent = 2 + labelWidth + 1;
  const field = (label: string, text: string): string => `  ${style.dim(padEnd(label, labelWidth))} ${wrap(text, width, indent)}\n`;

  const head = x.code === null
    ? `${style.bold(x.rule!.id)} ${style.dim(`· ${x.rule!.severity} · ${L.none}`)}`
    : `${style.bold(x.code)} ${style.dim(`· HTTP ${x.status} · ${L.exit} ${x.exitCode}${x.origin === 'gateway' ? ' · API Gateway' : ''}`)}`;
  let out = `${head}\n${style.bold(wrap(x.message[lang], width, 0))}\n`;
  if (x.rule) out += field(L.rule, `${x.rule.id} (${x.rule.severity}): ${x.rule.title[lang]}`);
  if (x.serverMessage) out += field(L.server, x.serverMessage);
  if (x.description[lang] !== x.message[lang]) out += field(L.cause, x.description[lang]);
  out += field(L.fix, x.rule && x.code === null ? x.rule.fix[lang] : x.fix[lang]);
  if (x.rule && x.code !== null) out += field(L.fix, x.rule.fix[lang]);
  for (const note of x.notes) out += field(L.note, note[lang]);
  if (x.seedRemark && lang === 'zh') out += field(L.remark, x.seedRemark);
  if (x.rules.length > 0) out += field(L.offline, `scm validate: ${x.rules.map((r) => `${r.id} (${r.severity})`).join(', ')}`);
  if (lang === 'en' && x.englishText === 'translated') out += field(L.note, L.translated);
  if (x.docs) out += field(L.docs, x.docs[lang]);
  return out;
}

export function renderList(entries: readonly CatalogueEntry[], lang: Lang, style: Style): string {
  const header = lang === 'zh' ? ['错误码', '状态码', '错误信息'] : ['CODE', 'STATUS', 'MESSAGE'];
  const rows = entries.map((e) => [e.code, String(e.status), e.message[lang]]);
  const text = table([header, ...rows]);
  const [first, ...rest] = text.split('\n');
  return `${style.bold(first!)}\n${rest.join('\n')}`;
}
