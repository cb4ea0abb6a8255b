// What an upload found or did about other copies of its certificate in SCM (a late first attempt that was
// stored too, older uploads, a copy deleted or kept), as warnings for stderr. Said by `upload` and by `rotate`
// when it uploads: a second copy in SCM is never left unmentioned.
import type { UploadOutcome } from '../../../api/upload.js';
import { listOf, t, type Lang } from '../../../core/i18n.js';
import { shellWord } from '../../../core/shell-word.js';
import { COPIES as C } from './messages.js';

export type CopyFacts = Pick<UploadOutcome, 'certificateId' | 'changed' | 'otherCopies' | 'deleted' | 'keptDeployed' | 'unverified' | 'mayStillLand'>;

/** The warnings, in order (empty when SCM holds the one copy); `name`: the name the certificate was uploaded as. */
export function copyNotes(o: CopyFacts, lang: Lang, name: string): string[] {
  const notes: string[] = [];
  if (o.deleted.length > 0) {
    notes.push(t(lang, C.lateCopy, { count: 1 + o.deleted.length + o.keptDeployed.length, ids: listOf(lang, [o.certificateId, ...o.deleted, ...o.keptDeployed]) }));
    notes.push(t(lang, C.deletedCopy, { kept: o.certificateId, count: o.deleted.length, ids: listOf(lang, o.deleted) }));
    if (o.keptDeployed.length > 0) notes.push(t(lang, C.keptDeployed, { ids: listOf(lang, o.keptDeployed) }));
  } else if (o.keptDeployed.length > 0) {
    notes.push(t(lang, C.lateCopy, { count: 1 + o.keptDeployed.length, ids: listOf(lang, [o.certificateId, ...o.keptDeployed]) }));
    notes.push(t(lang, C.keptDeployed, { ids: listOf(lang, o.keptDeployed) }));
  } else if (o.otherCopies.length > 0) {
    notes.push(o.changed ? t(lang, C.lateCopy, { count: 1 + o.otherCopies.length, ids: listOf(lang, [o.certificateId, ...o.otherCopies]) }) : t(lang, C.olderCopies, { ids: listOf(lang, o.otherCopies) }));
  }
  if (o.unverified) notes.push(t(lang, C.unverified, { id: o.certificateId, why: o.unverified }));
  if (o.mayStillLand) notes.push(t(lang, C.mayStillLand, { id: o.certificateId, name: shellWord(name) }));
  return notes;
}
