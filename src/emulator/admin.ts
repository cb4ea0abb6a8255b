// The admin API under /_emulator/ (no authentication; not counted as API requests): state, faults, reset,
// seed and behaviour options. docs/emulator.md lists every request.
import type { Faults } from './faults.js';
import { parseFaults } from './faults.js';
import type { Answer, Behaviour } from './handlers/index.js';
import { seed } from './seed.js';
import type { Store } from './store.js';

export interface AdminContext {
  store: Store;
  faults: Faults;
  behaviour: Behaviour;
  /** The behaviour the emulator started with: a reset returns to it. */
  initial: Behaviour;
  now: () => Date;
}

const USAGE = 'admin API: GET /_emulator/state, POST|DELETE /_emulator/faults, POST /_emulator/seed, POST /_emulator/options, POST /_emulator/reset';

function parse(body: Buffer): unknown {
  return JSON.parse(body.toString('utf8') || 'null');
}

/** Checks `{offset_unit?, duplicate_check?, unknown_id_status?, list_count?, page_repeat?, show_fingerprint?, expired_days_since?, deployed_lag?}` and applies it; throws an Error naming the bad field. */
export function applyOptions(behaviour: Behaviour, raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('options: expected {"offset_unit": "items"|"pages", "duplicate_check": "honour"|"ignore"|"inverted", "unknown_id_status": 400|404, "list_count": "number"|"string"|"absent"|N, "page_repeat": N, "show_fingerprint": "sha1"|"sha256"|"absent"|"empty", "expired_days_since": "honour"|"refuse", "deployed_lag": N}');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['offset_unit', 'duplicate_check', 'unknown_id_status', 'list_count', 'page_repeat', 'show_fingerprint', 'expired_days_since', 'deployed_lag'].includes(k)) throw new Error(`unknown option '${k}' (known: offset_unit, duplicate_check, unknown_id_status, list_count, page_repeat, show_fingerprint, expired_days_since, deployed_lag)`);
  const fixedCount = Number.isInteger(o.list_count) && (o.list_count as number) >= 0;
  if (o.list_count !== undefined && !fixedCount && !['number', 'string', 'absent'].includes(o.list_count as string)) throw new Error("option 'list_count' must be number, string, absent or a whole number (a wrong count to report)");
  if (o.offset_unit !== undefined && o.offset_unit !== 'items' && o.offset_unit !== 'pages') throw new Error("option 'offset_unit' must be items or pages");
  if (o.duplicate_check !== undefined && !['honour', 'ignore', 'inverted'].includes(o.duplicate_check as string)) throw new Error("option 'duplicate_check' must be honour, ignore or inverted");
  if (o.unknown_id_status !== undefined && o.unknown_id_status !== 400 && o.unknown_id_status !== 404) throw new Error("option 'unknown_id_status' must be 400 or 404");
  if (o.page_repeat !== undefined && !(Number.isInteger(o.page_repeat) && (o.page_repeat as number) >= 0 && (o.page_repeat as number) <= 49)) throw new Error("option 'page_repeat' must be a whole number from 0 to 49");
  if (o.show_fingerprint !== undefined && !['sha1', 'sha256', 'absent', 'empty'].includes(o.show_fingerprint as string)) throw new Error("option 'show_fingerprint' must be sha1, sha256, absent or empty");
  if (o.expired_days_since !== undefined && o.expired_days_since !== 'honour' && o.expired_days_since !== 'refuse') throw new Error("option 'expired_days_since' must be honour or refuse");
  if (o.deployed_lag !== undefined && !(Number.isInteger(o.deployed_lag) && (o.deployed_lag as number) >= 0 && (o.deployed_lag as number) <= 49)) throw new Error("option 'deployed_lag' must be a whole number from 0 to 49");
  if (o.deployed_lag !== undefined) behaviour.deployedLag = o.deployed_lag as number;
  if (o.expired_days_since !== undefined) behaviour.expiredDaysSince = o.expired_days_since as Behaviour['expiredDaysSince'];
  if (o.show_fingerprint !== undefined) behaviour.showFingerprint = o.show_fingerprint as Behaviour['showFingerprint'];
  if (o.page_repeat !== undefined) behaviour.pageRepeat = o.page_repeat as number;
  if (o.unknown_id_status !== undefined) behaviour.unknownIdStatus = o.unknown_id_status as Behaviour['unknownIdStatus'];
  if (o.offset_unit !== undefined) behaviour.offsetUnit = o.offset_unit as Behaviour['offsetUnit'];
  if (o.duplicate_check !== undefined) behaviour.duplicateCheck = o.duplicate_check as Behaviour['duplicateCheck'];
  if (o.list_count !== undefined) behaviour.listCount = o.list_count as Behaviour['listCount'];
}

export function state(c: AdminContext): Record<string, unknown> {
  const { store } = c;
  return {
    requests: store.requests,
    in_flight: store.inFlight,
    certificates: store.all().map((x) => ({ id: x.id, name: x.name, domain: x.domain, status: x.status, fingerprint: x.fingerprint, not_after: x.notAfter.toISOString(), pushes: x.pushes, notifications: x.notices })),
    resources: store.deployments.all(),
    faults: c.faults.pending(),
    options: { offset_unit: c.behaviour.offsetUnit, duplicate_check: c.behaviour.duplicateCheck, unknown_id_status: c.behaviour.unknownIdStatus, list_count: c.behaviour.listCount, page_repeat: c.behaviour.pageRepeat, show_fingerprint: c.behaviour.showFingerprint, expired_days_since: c.behaviour.expiredDaysSince, deployed_lag: c.behaviour.deployedLag },
  };
}

export function admin(c: AdminContext, method: string, path: string, body: Buffer): Answer {
  const bad = (e: unknown): Answer => ({ status: 400, body: { error: e instanceof Error ? e.message : String(e) } });
  try {
    if (method === 'GET' && path === '/_emulator/state') return { status: 200, body: state(c) };
    if (method === 'POST' && path === '/_emulator/faults') {
      const specs = parseFaults(parse(body));
      c.faults.add(specs);
      return { status: 201, body: { added: specs.length, faults: c.faults.pending() } };
    }
    if (method === 'DELETE' && path === '/_emulator/faults') return (c.faults.clear(), { status: 204 });
    if (method === 'POST' && path === '/_emulator/seed') return { status: 201, body: seed(c.store, parse(body), c.now()) };
    if (method === 'POST' && path === '/_emulator/options') return (applyOptions(c.behaviour, parse(body)), { status: 200, body: state(c).options });
    if (method === 'POST' && path === '/_emulator/reset') return (c.store.clear(), c.faults.clear(), Object.assign(c.behaviour, c.initial), { status: 204 });
  } catch (e) {
    return bad(e);
  }
  return { status: 404, body: { error: USAGE } };
}
