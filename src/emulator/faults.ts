// Fault injection for tests and demos. Faults are set with `scm emulator --fault JSON` (repeatable) or at run
// time through the admin API (POST /_emulator/faults); docs/emulator.md lists every field. A fault matches
// requests by operation, skips the first `after` matches, then affects the next `times` matches.

import { EM } from './messages.js';
import { Problem } from './problem.js';
import { OPERATIONS, type Op } from './router.js';

export type { Op } from './router.js';

/**
 * What to do instead of (or around) the normal answer:
 * - drop: close the connection without answering; the request is not processed.
 * - drop-after-commit: process the request (an import is stored), then close without answering.
 * - reset-mid-body: process it, send the headers and half the body, then reset the connection.
 * - close-mid-body: process it, send the headers (Content-Length of the whole body) and half the body, then close
 *   the connection in good order (a FIN, not a reset), as a server or proxy that stops writing mid-answer.
 *   These and malformed-json answer 200 with `{"ok":true}` where the answer has no body (a push's 204): a 204 has
 *   no body to cut.
 * - malformed-json: process it, answer its status with a body that is not valid JSON.
 * - no-id: do not process it; answer 200 `{}` (an import "succeeds" without a certificate_id).
 * - stale-keep-alive: process it and answer as usual (the connection kept alive, nothing said), then take the
 *   connection for closed: the next request on it is reset, not read (a server or load balancer whose idle
 *   timer ran out just as the client sent it). That request is not counted and takes no fault.
 */
export const ACTIONS = ['drop', 'drop-after-commit', 'reset-mid-body', 'close-mid-body', 'malformed-json', 'no-id', 'stale-keep-alive'] as const;
export type FaultAction = (typeof ACTIONS)[number];

export interface FaultSpec {
  /** Operation to affect (router.ts OPERATIONS); '*' (default) for all. */
  op: Op | '*';
  /** Matching requests to affect (default 1). */
  times: number;
  /** Matching requests to let through first (default 0). */
  after: number;
  /** Answer with this HTTP status and an error body instead of processing the request (see `commit`). */
  status?: number;
  /**
   * With `status`: process the request first (an import is stored, a push made), then answer the error, as a
   * gateway does when the backend finished after the gateway gave up (502, 504). With `answer`: process it, then
   * answer exactly that (a deployment made, answered 200 `{}` without failure_list).
   */
  commit?: boolean;
  error_code?: string;
  error_msg?: string;
  /**
   * Retry-After header: a number is seconds; a string is sent as written (an HTTP-date, or "120, 120" as a
   * proxy joins two headers).
   */
  retry_after?: number | string;
  /** Wait this long first, then answer normally (or as the other fields say). */
  delay_ms?: number;
  action?: FaultAction;
  /**
   * Answer exactly this instead of processing the request (not processed: nothing is stored or pushed), e.g.
   * a batch-push result the real service may send: `{"status":200,"body":{"results":[...]}}`. A string body is
   * sent as it is (a gateway's HTML page), not as JSON (server.ts). `location`: a Location header, for a
   * redirect (`{"status":302,"location":"https://auth.example/login"}`: a proxy or a console sending scm away).
   */
  answer?: { status: number; body?: unknown; location?: string };
  /**
   * DeployCertificate only: process the request, but list these resources (ELB/WAF certificate ids, CDN
   * domains) in failure_list instead of deploying to them, with `error_msg` as failure_info when given.
   */
  fail_resources?: string[];
  /** Send the answer's body (an error, `answer`, or the normal one) with this Content-Encoding, as a gateway or CDN may. */
  encoding?: Encoding;
}

export const ENCODINGS = ['gzip', 'deflate', 'br'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const KEYS = new Set(['op', 'times', 'after', 'status', 'commit', 'error_code', 'error_msg', 'retry_after', 'delay_ms', 'action', 'answer', 'fail_resources', 'encoding']);
const count = (v: unknown, name: string, min: number, max: number): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Problem(EM.faultNumber, { name, min, max });
  return v;
};

/** Checks one fault object; throws an Error whose message names the bad field. */
export function parseFault(raw: unknown): FaultSpec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Problem(EM.faultObject);
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) throw new Problem(EM.faultUnknownField, { name: k, known: [...KEYS].join(', ') });
  const op = o.op ?? '*';
  if (op !== '*' && !(OPERATIONS as readonly unknown[]).includes(op)) throw new Problem(EM.faultOp, { ops: OPERATIONS.join(', ') });
  const spec: FaultSpec = { op: op as FaultSpec['op'], times: o.times === undefined ? 1 : count(o.times, 'times', 1, 1_000_000), after: o.after === undefined ? 0 : count(o.after, 'after', 0, 1_000_000) };
  if (o.status !== undefined) spec.status = count(o.status, 'status', 400, 599);
  if (o.commit !== undefined) {
    if (typeof o.commit !== 'boolean') throw new Problem(EM.faultCommit);
    if (o.status === undefined && o.answer === undefined) throw new Problem(EM.faultCommitAlone);
    spec.commit = o.commit;
  }
  if (typeof o.retry_after === 'string') {
    // Printable ASCII only: anything else setHeader refuses (or would split the header).
    if (!/^[\x20-\x7e]+$/.test(o.retry_after)) throw new Problem(EM.faultString, { name: 'retry_after' });
    spec.retry_after = o.retry_after;
  } else if (o.retry_after !== undefined) spec.retry_after = count(o.retry_after, 'retry_after', 0, 3600);
  if (o.delay_ms !== undefined) spec.delay_ms = count(o.delay_ms, 'delay_ms', 0, 600_000);
  for (const k of ['error_code', 'error_msg'] as const) {
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'string') throw new Problem(EM.faultString, { name: k });
    spec[k] = o[k] as string;
  }
  if (o.action !== undefined) {
    if (!(ACTIONS as readonly unknown[]).includes(o.action)) throw new Problem(EM.faultAction, { actions: ACTIONS.join(', ') });
    spec.action = o.action as FaultAction;
  }
  if (o.answer !== undefined) {
    const a = o.answer as { status?: unknown; body?: unknown; location?: unknown };
    if (typeof a !== 'object' || a === null || Array.isArray(a)) throw new Problem(EM.faultAnswer);
    // Printable ASCII only, as retry_after: anything else setHeader refuses (or would split the header).
    if (a.location !== undefined && (typeof a.location !== 'string' || !/^[\x20-\x7e]+$/.test(a.location))) throw new Problem(EM.faultString, { name: 'answer.location' });
    spec.answer = { status: a.status === undefined ? 200 : count(a.status, 'answer.status', 200, 599), ...(a.body !== undefined ? { body: a.body } : {}), ...(typeof a.location === 'string' ? { location: a.location } : {}) };
  }
  if (o.fail_resources !== undefined) {
    const list = o.fail_resources;
    if (!Array.isArray(list) || list.length === 0 || list.some((r) => typeof r !== 'string' || r === '')) throw new Problem(EM.faultFailResources);
    spec.fail_resources = list as string[];
  }
  if (o.encoding !== undefined) {
    if (!(ENCODINGS as readonly unknown[]).includes(o.encoding)) throw new Problem(EM.faultEncoding, { encodings: ENCODINGS.join(', ') });
    spec.encoding = o.encoding as Encoding;
  }
  if ([spec.status, spec.action, spec.answer, spec.fail_resources].filter((x) => x !== undefined).length > 1) throw new Problem(EM.faultSeveral);
  return spec;
}

/** One JSON object or an array of them. */
export function parseFaults(raw: unknown): FaultSpec[] {
  return Array.isArray(raw) ? raw.map(parseFault) : [parseFault(raw)];
}

interface Armed {
  spec: FaultSpec;
  seen: number;
  used: number;
}

export class Faults {
  private armed: Armed[] = [];

  add(specs: FaultSpec[]): void {
    for (const spec of specs) this.armed.push({ spec, seen: 0, used: 0 });
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault for this request, if one applies; every matching fault counts the request. */
  take(op: Op | undefined): FaultSpec | undefined {
    let chosen: FaultSpec | undefined;
    for (const a of this.armed) {
      if (a.spec.op !== '*' && a.spec.op !== op) continue;
      a.seen++;
      if (chosen || a.seen <= a.spec.after) continue;
      a.used++;
      chosen = a.spec;
    }
    this.armed = this.armed.filter((a) => a.used < a.spec.times);
    return chosen;
  }

  pending(): Array<FaultSpec & { remaining: number }> {
    return this.armed.map((a) => ({ ...a.spec, remaining: a.spec.times - a.used }));
  }
}
