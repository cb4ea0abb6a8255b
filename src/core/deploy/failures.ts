// DeployCertificate answers HTTP 200 even when resources fail: `{"failure_list": [{"resource", "failure_info"}]}`
// (resource: the ELB/WAF certificate id or the CDN domain; failure_info: the target service's error). This
// reads that list and settles each target of a request: failed (with its info), or accepted. An entry that
// names no target of the request leaves the others open: the caller looks (ListDeployedResources) before
// calling them deployed. Pure.
import { t, type Lang } from '../i18n.js';
import { hostForm } from '../validate/host-form.js';
import { cutSaid } from '../visible.js';
import { D } from './messages.js';
import { targetKey, type DeployTarget } from './targets.js';

export interface DeployFailure {
  resource: string;
  info: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v === undefined || v === null ? '' : JSON.stringify(v));

/**
 * `failure_list` of an answer; none when the answer has no list (an empty body, `{}`, null, ''). One that is no
 * list still says something failed: one entry (an object) is read as a list of one, words as an entry naming no
 * resource (the caller then believes only what ListDeployedResources shows), never as no failure.
 */
export function readFailures(json: unknown): DeployFailure[] {
  const raw = rawList(json);
  if (!given(raw)) return [];
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' ? [raw] : [{ failure_info: raw }];
  return list.map((f) => {
    const o: Record<string, unknown> = typeof f === 'object' && f !== null ? (f as Record<string, unknown>) : { resource: f };
    // The SDK's member is `resource`; a service may name it as the request did (an id, a domain_name).
    const resource = o.resource ?? o.resource_id ?? o.domain_name ?? o.id;
    return { resource: text(resource).trim(), info: text(o.failure_info ?? o.message ?? o.error_msg).trim() };
  });
}

const listOf = (o: unknown): unknown => (typeof o === 'object' && o !== null ? (o as { failure_list?: unknown }).failure_list : undefined);
/** The answer's failure_list as sent: at the top, else inside an envelope ({"data":{"failure_list":[...]}}). */
const rawList = (json: unknown): unknown =>
  listOf(json) ?? (typeof json === 'object' && json !== null ? Object.values(json).map(listOf).find((v) => v !== undefined && v !== null) : undefined);

/**
 * Whether the answer carries a failure_list at all. The SDK's model makes it optional, so its absence (an empty
 * body, `{}`) proves neither success nor failure: the caller looks (ListDeployedResources). `[]` is trusted.
 */
export const hasFailureList = (json: unknown): boolean => given(rawList(json));

/** A failure_list that is there: not missing, null or an empty string. */
function given(raw: unknown): boolean {
  return raw !== undefined && raw !== null && raw !== '';
}

export interface BatchVerdict {
  /** Targets named in failure_list, with what the service said. */
  failed: Array<{ target: DeployTarget; info: string }>;
  /** Targets the answer does not name as failed. */
  accepted: DeployTarget[];
  /** Failure entries that name none of the targets (the service's words, for the rows it may concern). */
  unmatched: string[];
}

/**
 * Which targets of one request failed, by failure_list. A resource is matched by what the request named: an
 * ELB/WAF id without case, a CDN domain as host names are compared (hostForm: `WWW.example.com.` or its Unicode
 * form is the domain sent in punycode), so that its own words go to its row, not to every row still open.
 */
export function settleBatch(targets: readonly DeployTarget[], failures: readonly DeployFailure[]): BatchVerdict {
  const failed: BatchVerdict['failed'] = [];
  const unmatched: string[] = [];
  const cdn = targets.some((t) => t.service.toUpperCase() === 'CDN');
  const keyOf = (resource: string): string => (cdn ? hostForm(resource) : resource.trim().toLowerCase());
  const byKey = new Map(targets.map((t) => [keyOf(t.resource), t]));
  for (const f of failures) {
    const target = byKey.get(keyOf(f.resource));
    if (!target) unmatched.push(f.resource ? `${f.resource}: ${f.info}` : f.info);
    else if (!failed.some((x) => x.target === target)) failed.push({ target, info: f.info });
    // Many entries for one target are joined, within what a diagnostic shows.
    else {
      const x = failed.find((y) => y.target === target)!;
      x.info = cutSaid(`${x.info}; ${f.info}`);
    }
  }
  const failedKeys = new Set(failed.map((f) => targetKey(f.target)));
  return { failed, accepted: targets.filter((t) => !failedKeys.has(targetKey(t))), unmatched };
}

/** CDN's answer when it has not been granted access to SCM (certimate#868): the fix is an agency (委托). */
const CDN_NO_AGENCY = /CDN\.00010198|insufficient permission to access scm/i;

/** What the service said of a failed resource, with the fix when it is a known one. */
export function failureText(info: string, lang: Lang): string {
  return CDN_NO_AGENCY.test(info) ? t(lang, D.cdnAgency, { info }) : info;
}
