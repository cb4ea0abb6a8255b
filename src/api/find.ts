// Finding the copies of a certificate SCM already holds, for `upload --if-changed`, before re-sending an
// import whose answer was lost, and after a re-sent import (was it stored twice?). Every page of the list
// for the certificate's name is read (list.ts); only the entries whose names and expiry match the leaf
// (cert-identity.ts) are opened (ShowCertificate, SHA-1 fingerprint; without one, the leaf
// ExportCertificate gives: held-fingerprint.ts), a few at a time. `expire_time` carries
// no zone: SCM runs in UTC+8 (what other clients assume), and a day either side is allowed. When the lookup
// cannot decide (a page fails, the offset cap hides some), it says so and throws: nothing is ever imported on
// a guess.
import { t } from '../core/i18n.js';
import { DAY_MS, parseScmTime } from '../core/inventory/time.js';
import { ExitCode, InterruptedError, ScmCliError } from '../errors.js';
import { mayBe, type CertIdentity } from './cert-identity.js';
import { shownFingerprint } from '../core/fingerprint.js';
import { heldFingerprints } from './held-fingerprint.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { apiFacts, RetryLaterError, ScmApiError } from './errors.js';
import { scmSaysNotHeld } from './not-held.js';
import { listAll } from './list.js';
import { expiredToo } from './list-expired.js';
import { L } from './messages.js';
import { otherForm } from './name-forms.js';
import type { CertificateListItem } from './types.js';

/** ShowCertificate calls in flight at once. */
const SHOWS_AT_ONCE = 3;

/**
 * The certificates listed for `content` in expiry order, latest first, then earliest first, until a read passes
 * the window of a day either side of `notAfter`: every entry whose expiry lies in it has then been read.
 * Undefined when neither end reaches the window (more certificates with that expiry than the cap allows).
 */
async function byExpiry(client: ScmClient, content: string | undefined, notAfter: Date): Promise<{ items: CertificateListItem[]; pages: number } | undefined> {
  const items: CertificateListItem[] = [];
  let pages = 0;
  for (const dir of ['DESC', 'ASC'] as const) {
    const listing = await listAll(client, { ...expiredToo(client, notAfter), ...(content ? { content } : {}), sort_key: 'certExpiredTime', sort_dir: dir });
    items.push(...listing.items);
    pages += listing.pages;
    if (listing.complete) return { items, pages };
    const times = listing.items.map((c) => parseScmTime(c.expire_time)?.getTime()).filter((x): x is number => x !== undefined);
    const passed = dir === 'DESC' ? times.some((x) => x < notAfter.getTime() - DAY_MS) : times.some((x) => x > notAfter.getTime() + DAY_MS);
    if (passed) return { items, pages };
  }
  return undefined;
}

export interface Copy {
  id: string;
  name?: string;
}

export interface Lookup {
  /** Every certificate in SCM with the leaf's fingerprint, oldest first. */
  copies: Copy[];
  /** The enterprise project ShowCertificate names for each copy (enterprise_project_id), by id, where it says. */
  projects: Map<string, string>;
  /** Certificates listed for the name, list requests, and ShowCertificate calls made. */
  listed: number;
  pages: number;
  shows: number;
  /** `anyCopy` only: the list could not be read whole; `copies` are those found in what was read (at least one). */
  partial?: true;
}

/**
 * The lookup could not decide. A failed request keeps its own exit code (refused credentials 3, a rejection 4,
 * the network or a 5xx 5) and its code; its hint too when "try again later" would not do: a rejection, refused
 * credentials, or a server that named the time to try again. Without a failed request (the listing is
 * incomplete) it is exit 5.
 */
export class LookupError extends ScmCliError {
  /** `unanswered`: the failed request got no answer about the certificate (a 404 not from SCM): exit 5. */
  constructor(message: string, o: { hint: string; cause?: unknown; unanswered?: boolean }) {
    const cause = o.cause instanceof ScmCliError ? o.cause : undefined;
    const exit = o.unanswered ? ExitCode.NETWORK : cause?.exitCode ?? ExitCode.NETWORK;
    const own = exit !== ExitCode.NETWORK || saysWhen(cause);
    super(message, exit, { hint: own && cause?.hint ? cause.hint : o.hint, cause: o.cause, ...(cause?.code ? { code: cause.code } : {}) });
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...apiFacts(this.cause) };
  }
}

/** A RetryLaterError, or a wrapper of one (a page of the list): its hint names the time. */
function saysWhen(e: unknown): boolean {
  for (let cur = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) if (cur instanceof RetryLaterError) return true;
  return false;
}

/** Oldest first: ids are `scs` + epoch milliseconds of creation. */
const byAge = (a: Copy, b: Copy): number => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every copy of the leaf in SCM. `after`: the lookup follows an import (its failure is said differently:
 * the certificate is in SCM, the question is how often). `anyCopy`: only whether SCM holds it is asked, so a
 * list that cannot be read whole (total_count beyond its pages, a list that keeps changing) still answers when
 * a copy is found in what was read (`partial`); with none found it is undecided, as without `anyCopy`.
 */
export async function findCopies(client: ScmClient, identity: CertIdentity, o: { after?: boolean; anyCopy?: boolean } = {}): Promise<Lookup> {
  const lang = client.lang;
  const name = identity.names[0];
  const undecided = (why: string, cause?: unknown, prune = false, unanswered = false): LookupError =>
    new LookupError(t(lang, o.after ? L.undecidedAfterImport : L.undecided, { why }), {
      hint: unanswered ? t(lang, L.notScmHint) : t(lang, L.undecidedHint, { prune: prune && name ? t(lang, L.pruneHint, { name }) : '' }),
      ...(cause !== undefined ? { cause } : {}),
      ...(unanswered ? { unanswered } : {}),
    });

  // DNS names are case-insensitive, SCM's keyword search may not be: a leaf named API.Example.COM may be listed
  // as api.example.com, so a name with capitals is searched as written and in lower case too. An
  // internationalised one (CN=münchen.example) may be listed by its punycode form or the other way round: both.
  const searches = name ? [...new Set([name, name.toLowerCase(), ...otherForm(name)])] : [undefined];
  const byId = new Map<string, CertificateListItem>();
  let pages = 0;
  /** `anyCopy`: why the list could not be read whole, thrown when no copy is found in what was read. */
  let partial: LookupError | undefined;
  for (const content of searches) {
    let listing;
    try {
      listing = await listAll(client, { ...expiredToo(client, identity.notAfter), ...(content ? { content } : {}) });
    } catch (e) {
      if (e instanceof InterruptedError) throw e;
      throw undecided(firstLine(e), e);
    }
    pages += listing.pages;
    // An entry without an id cannot be opened, so it cannot be a copy scm would name.
    const keep = (items: readonly CertificateListItem[]): void => {
      for (const c of items) if (typeof c.id === 'string' && !byId.has(c.id)) byId.set(c.id, c);
    };
    keep(listing.items);
    if (listing.complete) continue;
    // More share the name than the offset cap lets anyone page through: a copy has the leaf's expiry (a day
    // either side), so the list in expiry order, from both ends, reaches it once a read passes that window.
    const around = listing.incomplete!.reason === 'offset-cap' ? await byExpiry(client, content, identity.notAfter).catch((e: unknown) => {
      if (e instanceof InterruptedError) throw e;
      return undefined;
    }) : undefined;
    if (!around) {
      // `anyCopy`: the question is only whether SCM holds the leaf, which a copy among what was read answers.
      if (o.anyCopy) {
        partial ??= undecided(listing.incomplete!.message, undefined, listing.incomplete!.reason === 'offset-cap');
        continue;
      }
      throw undecided(listing.incomplete!.message, undefined, listing.incomplete!.reason === 'offset-cap');
    }
    pages += around.pages;
    keep(around.items);
  }
  const listing = { items: [...byId.values()], pages };

  // Closest expiry first: the likeliest match is opened first.
  const gap = (c: CertificateListItem): number => Math.abs((parseScmTime(c.expire_time)?.getTime() ?? 0) - identity.notAfter.getTime());
  const candidates = listing.items.filter((c) => mayBe(c, identity)).sort((a, b) => gap(a) - gap(b));
  const copies: Copy[] = [];
  const projects = new Map<string, string>();
  let shows = 0;
  for (let i = 0; i < candidates.length; i += SHOWS_AT_ONCE) {
    const batch = candidates.slice(i, i + SHOWS_AT_ONCE);
    const details = await Promise.all(batch.map(async (c) => {
      shows++;
      let detail;
      try {
        detail = await client.show(c.id);
      } catch (e) {
        // Deleted between the list and now, in SCM's own words: not a copy. A 404 that is not SCM's (a proxy's
        // page, an empty body, the gateway's APIGW.0101) says nothing about the certificate: like a 5xx, it
        // leaves the question open (exit 5), or an import would follow on a guess.
        if (scmSaysNotHeld(e)) return undefined;
        if (e instanceof InterruptedError) throw e;
        throw undecided(firstLine(e), e, false, e instanceof ScmApiError && e.status === 404);
      }
      const given = shownFingerprint(detail.fingerprint);
      if (given !== undefined) return { detail, fingerprints: [given] };
      // No fingerprint (the service does not promise one), an empty one or one that is no hex digest: the held
      // leaf decides (held-fingerprint.ts). Never "another certificate" on a missing value.
      let held;
      try {
        held = await heldFingerprints(client, c.id);
      } catch (e) {
        if (scmSaysNotHeld(e)) return undefined;
        if (e instanceof InterruptedError) throw e;
        throw undecided(t(lang, L.noFingerprint, { id: c.id, why: firstLine(e) }), e, false, e instanceof ScmApiError && e.status === 404);
      }
      if (!held) throw undecided(t(lang, L.noFingerprint, { id: c.id, why: t(lang, L.noLeaf) }));
      return { detail, fingerprints: [held.sha1, held.sha256] };
    }));
    batch.forEach((c, j) => {
      const found = details[j];
      if (!found || !found.fingerprints.some((f) => f === identity.sha1 || f === identity.sha256)) return;
      copies.push({ id: c.id, ...(typeof c.name === 'string' ? { name: c.name } : {}) });
      const ep = (found.detail as { enterprise_project_id?: unknown }).enterprise_project_id;
      if (typeof ep === 'string' && ep !== '') projects.set(c.id, ep);
    });
  }
  if (partial && copies.length === 0) throw partial;
  return { copies: copies.sort(byAge), projects, listed: listing.items.length, pages: listing.pages, shows, ...(partial ? { partial: true as const } : {}) };
}
