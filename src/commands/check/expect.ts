// check --expect: what the served or read certificate must be, from an SCM id (ShowCertificate's fingerprint, else
// the certificate ExportCertificate gives back), a file or folder, or a fingerprint as pasted.
import type { Ctx } from '../../context.js';
import { fingerprintLike, pastedFingerprint, scmLeafFacts, type Expectation } from '../../core/check/index.js';
import { ID_LIKE } from '../../core/cert-id.js';
import { t } from '../../core/i18n.js';
import { heldFingerprints } from '../../api/held-fingerprint.js';
import { InputError, InterruptedError } from '../../errors.js';
import type { Session } from '../shared/session.js';
import { readLocal, type PfxPassword } from './local.js';
import { M } from './messages.js';

/**
 * --expect: an SCM id (its SHA-1 from ShowCertificate), a file or folder (the leaf's fingerprints), or a SHA-1 or
 * SHA-256 fingerprint as pasted (a path that exists is always a path).
 */
export async function expectation(value: string, exists: (p: string) => boolean, scm: () => Promise<Session>, ctx: Ctx, pfx: PfxPassword): Promise<Expectation> {
  const pasted = exists(value) ? undefined : pastedFingerprint(value);
  if (pasted) return { what: 'sha1' in pasted ? pasted.sha1 : pasted.sha256, ...pasted };
  const { CERT_ID } = await import('../../core/push/index.js');
  if (CERT_ID.test(value) && !exists(value)) {
    const s = await scm();
    const { explainNotHeld } = await import('../../api/not-held.js');
    const detail = await s.client.show(value).catch((e: unknown) => { throw explainNotHeld(e, ctx.lang); });
    const leaf = scmLeafFacts(detail);
    if (leaf.sha1 || leaf.sha256) return { what: value, ...(leaf.sha1 ? { sha1: leaf.sha1 } : {}), ...(leaf.sha256 ? { sha256: leaf.sha256 } : {}) };
    return { what: value, ...(await exportedFingerprints(s, value)) };
  }
  const local = await readLocal(value, ctx, undefined, pfx).catch((e: unknown) => {
    if (!(e instanceof InputError) || exists(value)) throw e;
    // `--expect scs123`: an id with a digit missing is read as a file name; say the id is what is wrong too.
    if (ID_LIKE.test(value)) throw new InputError(t(ctx.lang, M.idLike, { message: e.message, id: value }));
    // So is a fingerprint pasted in part (a wrapped line): say how many hex digits it lacks or has too many.
    const like = fingerprintLike(value);
    if (like?.named) throw new InputError(t(ctx.lang, M.fingerprintNamed, { message: e.message, value, algo: like.named, want: like.named === 'SHA-1' ? 40 : 64, digits: like.digits }));
    if (like) throw new InputError(t(ctx.lang, M.fingerprintLike, { message: e.message, value, digits: like.digits }));
    throw e;
  });
  return { what: value, ...(local.leaf.sha1 ? { sha1: local.leaf.sha1 } : {}), ...(local.leaf.sha256 ? { sha256: local.leaf.sha256 } : {}) };
}

/**
 * An SCM certificate whose ShowCertificate gives no fingerprint it can be compared by (none, or not a SHA-1 or
 * SHA-256): its fingerprints from the certificate ExportCertificate gives back, so that `--expect NEW_ID` after a
 * rotation still proves what is served. The answer's private key is never kept nor printed. Nothing when the
 * export fails too (no permission, a certificate bought and not issued): the comparison is then said impossible.
 */
export async function exportedFingerprints(s: Session, id: string): Promise<{ sha1?: string; sha256?: string }> {
  try {
    return (await heldFingerprints(s.client, id)) ?? {};
  } catch (e) {
    if (e instanceof InterruptedError) throw e;
    return {};
  }
}
