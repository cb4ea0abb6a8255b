// A site without ListDeployedResources (an older region): the gateway answers 404 with APIGW.0101 (no such API)
// or a bare page. The generic hints ("check the endpoint", "not SCM's answer") send the user to an endpoint the
// other requests just used, so every caller of the look (upload --push, show, delete) says the API is missing
// instead, with what that means for its own command. Delete still refuses: a certificate whose use cannot be
// checked is never deleted.
import { t, type Lang } from '../core/i18n.js';
import { withHint } from '../errors.js';
import { ScmApiError } from './errors.js';
import { E } from './messages.js';

/** ListDeployedResources not offered here: a 404 with no code (a bare page) or the gateway's APIGW.0101 (no such API). */
export const apiMissing = (e: unknown): e is ScmApiError => e instanceof ScmApiError && e.status === 404 && (e.errorCode === undefined || e.errorCode === 'APIGW.0101');

/** `e` with the missing-API hint for `show` or `delete` when it is that 404; any other failure as it is. */
export function lookMissing(e: unknown, use: 'show' | 'delete', lang: Lang): unknown {
  return apiMissing(e) ? withHint(e, t(lang, use === 'show' ? E.lookMissingShow : E.lookMissingDelete, { status: e.status })) : e;
}
