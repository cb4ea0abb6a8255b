// `scm show`: one "label  value" line per field SCM returned (the documented ones first, labelled, then any
// other), the expiry e-mails, and a table of the resources that use the certificate. JSON: the certificate
// as SCM sent it plus the normalised fields, and deployedTo.
import type { Deployment } from '../../api/types.js';
import { shownFingerprint } from '../../core/fingerprint.js';
import { listOf, t, type Lang, type Text } from '../../core/i18n.js';
import { cutSaid, visible } from '../../core/visible.js';
import { daysLeft, deploymentJson, deploymentState, parseScmTime, rowJson, scmShort, splitNames, statusText, toRow, unknownWhy } from '../../core/inventory/index.js';
import type { Style } from '../../io/style.js';
import { displayWidth, padEnd, table } from '../../render/text.js';
import { DOMAIN_TYPE, F, FP, H, M } from './messages.js';

const TIMES = new Set(['not_before', 'not_after', 'issue_time']);
/** Shown another way (the e-mails, the deployments) or only meaningful while buying a certificate. */
const HIDDEN = new Set(['authentification', 'application_info', 'expire_time']);
/** Members SCM sends as booleans. */
const BOOLEANS = new Set(['deploy_support', 'shared']);

/**
 * What SCM sent, made safe for the terminal (core/visible.ts): a name or a field may hold any character, and
 * any length: cut as the server's words are everywhere (--json keeps it whole). An object or a list is said as
 * its compact JSON (not "[object Object]", nor a list's "1,2").
 */
const asSent = (v: unknown): string => visible(cutSaid(typeof v === 'object' ? JSON.stringify(v) : String(v)));

function value(key: string, v: unknown, now: Date, lang: Lang, style: Style): string {
  if (v === null || v === undefined || v === '') return '-';
  // Names SCM sent as words or a list of words; anything else (an object, a number) is said as it came, not as none.
  const names = key === 'sans' ? splitNames(v) : [];
  if (key === 'sans' && (names.length > 0 || typeof v === 'string' || (Array.isArray(v) && v.length === 0))) return listOf(lang, names.map(visible)) || '-';
  if (TIMES.has(key)) {
    const d = parseScmTime(v);
    if (!d) return asSent(v);
    if (key !== 'not_after') return t(lang, M.zone, { time: scmShort(d) });
    const days = daysLeft(d, now);
    return days < 0 ? style.red(t(lang, M.expired, { time: scmShort(d), days: -days })) : t(lang, M.left, { time: scmShort(d), days });
  }
  if (typeof v === 'boolean') return t(lang, v ? M.yes : M.no);
  // The SDK types these boolean; a server may send them as the words "true" and "false": read as yes/no too.
  const word = typeof v === 'string' && BOOLEANS.has(key) ? v.trim().toLowerCase() : '';
  if (word === 'true' || word === 'false') return t(lang, word === 'true' ? M.yes : M.no);
  if (key === 'status' && typeof v === 'string') return visible(statusText(lang, v));
  if (key === 'domain_type' && typeof v === 'string' && Object.hasOwn(DOMAIN_TYPE, v)) return t(lang, DOMAIN_TYPE[v as keyof typeof DOMAIN_TYPE]);
  // push_support is ON/OFF where deploy_support is a boolean: both read as yes/no.
  if (key === 'push_support' && (v === 'ON' || v === 'OFF')) return t(lang, v === 'ON' ? M.yes : M.no);
  return asSent(v);
}

/** The fingerprint's label: SCM does not say which digest it sent, its length does (40 hex digits SHA-1, 64 SHA-256). */
function fingerprintLabel(v: unknown): Text {
  const hex = shownFingerprint(v);
  return hex === undefined ? FP.other : hex.length === 40 ? F.fingerprint : FP.sha256;
}

/** `lookFailed`: ListDeployedResources failed (its first line): said in place of where it is deployed. */
export function renderShow(answer: Record<string, unknown>, deployment: Deployment, o: { now: Date; style: Style; lang: Lang; lookFailed?: string }): string {
  const { lang, style } = o;
  // expire_time is hidden as the list's copy of not_after; an answer with it alone still has an expiry to show.
  const blank = (v: unknown): boolean => v === undefined || v === null || v === '';
  const detail = blank(answer.not_after) && !blank(answer.expire_time) ? { ...answer, not_after: answer.expire_time } : answer;
  const lines: Array<[string, string]> = [];
  for (const [key, label] of Object.entries(F)) if (key in detail) lines.push([t(lang, key === 'fingerprint' ? fingerprintLabel(detail[key]) : label), value(key, detail[key], o.now, lang, style)]);
  const other = Object.entries(detail).filter(([k, v]) => !(k in F) && !HIDDEN.has(k) && v !== null && v !== undefined && v !== '');
  for (const [key, v] of other) lines.push([visible(cutSaid(key)), value(key, v, o.now, lang, style)]);
  lines.push([t(lang, M.notices), t(lang, M.noticesUnknown, { id: String(detail.id ?? '') })]);
  const width = Math.max(...lines.map(([label]) => displayWidth(label) + 2), 22);
  let out = lines.map(([label, text]) => `${padEnd(label, width)}${text}`).join('\n') + '\n';

  out += `\n${style.bold(t(lang, M.deployedTo))}\n`;
  if (deployment.resources.length > 0) {
    const rows = [[H.service, H.region, H.resource, H.resourceName].map((h) => t(lang, h)), ...deployment.resources.map((r) => [r.service, r.region, r.resourceId, r.resourceName || '-'])];
    out += table(rows).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
  } else if (deploymentState(deployment) === 'not-deployed') out += `  ${t(lang, M.nowhere)}\n`; // as delete decides: not with an is_error region
  // What the answer leaves unsaid (is_error regions, resources counted but not listed, no result at all).
  const why = o.lookFailed !== undefined ? t(lang, M.lookFailed, { why: o.lookFailed }) : unknownWhy(deployment, lang);
  if (why) out += `  ${style.yellow(why)}\n`;
  return out;
}

export function showJson(detail: Record<string, unknown>, deployment: Deployment, now: Date): Record<string, unknown> {
  return {
    certificate: rowJson(toRow(detail), now),
    ...deploymentJson(deployment),
    // No field of ShowCertificate (nor any other published API) says whether the e-mails are on.
    expiryNotifications: 'unknown',
  };
}
