// The prune plan: among the certificates whose names cover a domain, the imported ones are grouped by their
// exact set of names; each group keeps its N newest (by expiry) and every one that is deployed or whose
// deployment SCM cannot tell; the rest are superseded and deleted. Purchased certificates are never touched.
// Pure: the caller lists the certificates, asks where the candidates are deployed (pruneCandidates), then
// plans with the answers (planPrune), so nothing is asked about certificates that are kept anyway.
import { onlyCdnCopies } from './cdn.js';
import { deploymentState, type DeploymentView } from './deployment.js';
import { nameSetKey, type CertRow } from './rows.js';
import { coveringRows } from './select.js';

export type PruneReason =
  | 'newest' // among the N newest of its names
  | 'latest-upload' // the last one uploaded: a renewal may expire before the certificate it replaces
  | 'deployed' // used somewhere (deployment has the places)
  | 'pushed-copy' // its only use is a copy pushed to CDN's certificate store, which a CDN domain may use
  | 'deployment-unknown' // SCM flagged a region unreliable: kept, it may be in use
  | 'purchased' // bought through SCM: never pruned
  | 'not-expired' // --expired: only expired ones go
  | 'expiry-unknown' // SCM gives no expiry: cannot be ranked
  | 'superseded'; // a newer certificate with the same names exists

export interface PruneEntry<R extends CertRow = CertRow> {
  row: R;
  action: 'keep' | 'delete';
  reason: PruneReason;
  /** superseded: the newest certificate of its group. */
  supersededBy?: string;
  /** deployed / deployment-unknown: what ListDeployedResources said. */
  deployment?: DeploymentView;
}

export interface PruneOptions {
  domain: string;
  /** How many of the newest to keep in each group (at least 1). */
  keep: number;
  /** Delete only certificates that have expired. */
  expiredOnly: boolean;
  now: Date;
}

/** Newest first: later expiry, then the later id (ids are `scs` + creation time in milliseconds). */
const newestFirst = (a: CertRow, b: CertRow): number =>
  (b.notAfter?.getTime() ?? 0) - (a.notAfter?.getTime() ?? 0) || b.id.length - a.id.length || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The last upload of a group, under both readings, since neither is documented as "upload order": the first
 * in SCM's own list order (the rows as listed, certUpdateTime descending: the caller asks for it) and the
 * greatest id (real ids are `scs` + creation time in milliseconds; another server's need not be). When they
 * differ both are kept. A renewal can expire before the one it replaces (a 90-day certificate after a 1-year
 * one, shorter ACME profiles): it is never "superseded" by it, or a renewal hook's prune would delete the
 * certificate it has just uploaded.
 */
function lastUploads(group: readonly CertRow[]): Set<string> {
  const byId = [...group].sort((a, b) => b.id.length - a.id.length || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))[0]?.id;
  return new Set([group[0]?.id, byId].filter((id): id is string => id !== undefined));
}

/** Every entry before deployments are known: deletions are "superseded" until a deployment says otherwise. */
function draft<R extends CertRow>(rows: readonly R[], o: PruneOptions): PruneEntry<R>[] {
  if (!Number.isInteger(o.keep) || o.keep < 1) throw new RangeError('keep must be a whole number of at least 1');
  const covering = coveringRows(rows, o.domain);
  const groups = new Map<string, R[]>();
  const out: PruneEntry<R>[] = [];
  for (const row of covering) {
    if (row.origin === 'purchased') continue;
    const key = nameSetKey(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const dated = group.filter((r) => r.notAfter).sort(newestFirst);
    const newest = dated[0]?.id;
    const last = lastUploads(group);
    dated.forEach((row, i) => {
      if (i < o.keep) out.push({ row, action: 'keep', reason: 'newest' });
      else if (last.has(row.id)) out.push({ row, action: 'keep', reason: 'latest-upload' });
      else if (o.expiredOnly && row.notAfter!.getTime() >= o.now.getTime()) out.push({ row, action: 'keep', reason: 'not-expired' });
      else out.push({ row, action: 'delete', reason: 'superseded', supersededBy: newest! });
    });
    for (const row of group.filter((r) => !r.notAfter)) out.push({ row, action: 'keep', reason: 'expiry-unknown' });
  }
  for (const row of covering.filter((r) => r.origin === 'purchased')) out.push({ row, action: 'keep', reason: 'purchased' });
  return out;
}

/** The ids prune would delete if none of them were deployed (`rows` as planPrune takes them): ask ListDeployedResources about these. */
export function pruneCandidates(rows: readonly CertRow[], o: PruneOptions): string[] {
  return draft(rows, o).filter((e) => e.action === 'delete').map((e) => e.row.id);
}

/**
 * `rows` in SCM's list order, newest update first (certUpdateTime descending): the first of each group counts
 * as its last upload (lastUploads).
 * The plan, one entry per certificate covering the domain: groups in order of their names, newest first,
 * purchased ones last. A candidate missing from `deployments` is treated as unknown and kept.
 */
export function planPrune<R extends CertRow>(rows: readonly R[], o: PruneOptions, deployments: ReadonlyMap<string, DeploymentView>): PruneEntry<R>[] {
  return draft(rows, o).map((e) => {
    if (e.action !== 'delete') return e;
    const d = deployments.get(e.row.id);
    const state = deploymentState(d);
    if (state === 'not-deployed') return e;
    const { supersededBy: _, ...rest } = e;
    const reason: PruneReason = state !== 'deployed' ? 'deployment-unknown' : onlyCdnCopies(d!.resources) ? 'pushed-copy' : 'deployed';
    return { ...rest, action: 'keep', reason, ...(d ? { deployment: d } : {}) };
  });
}
