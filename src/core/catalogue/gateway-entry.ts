// What every API Gateway entry shares: its origin, the gateway's error page, and the published English text.
import { GATEWAY_ERROR_PAGE as docs } from './docs-links.js';
import type { CatalogueEntry } from './types.js';

export const gateway = (e: Omit<CatalogueEntry, 'origin' | 'docs' | 'enSource'>): CatalogueEntry => ({
  ...e, origin: 'gateway', docs, enSource: 'published',
});

/**
 * The fix for the gateway's internal faults, which a caller cannot repair: the published one ("contact technical
 * support"), in the words every other entry uses (华为云客服, Huawei Cloud customer service).
 */
export const SUPPORT = { zh: '请带上请求 ID 联系华为云客服。', en: 'Contact Huawei Cloud customer service with the request ID.' };

/** For the gateway's transient faults: scm retries them itself. */
export const RETRIED = {
  zh: 'scm 会自动退避重试；持续出现时请稍后再试，或带上请求 ID 联系华为云客服。',
  en: 'scm retries it with backoff; if it persists, try again later or contact Huawei Cloud customer service with the request ID.',
};

/** For the gateway's transient faults the backend may have seen: scm retries them itself, a write looked up first. */
export const RETRY_LATER = {
  zh: 'scm 会自动退避重试（导入和推送在重发前会先确认是否已经生效）；持续出现时请稍后再试，并提供请求 ID。',
  en: 'scm retries it with backoff (an import or push is first looked up, in case it took effect); if it persists, try again later and quote the request ID.',
};

/** For throttling (APIGW.0308): scm waits as asked and retries. */
export const THROTTLED = {
  zh: '请等待流控刷新后重试；scm 会按 Retry-After 自动退避重试（次数由 --retries 指定，默认 3 次；最多等待 30 秒；服务端要求等待更久时，scm 会停止并说明何时再试）。',
  en: 'Wait and retry; scm backs off and retries automatically (--retries times, 3 by default), honouring a Retry-After of up to 30 s (when the service asks for longer, scm stops and says when to try again).',
};

/** Is this fix one that says scm retries by itself (untrue of a run with --retries 0)? */
export const promisesRetries = (fix: unknown): boolean => fix === RETRIED || fix === RETRY_LATER || fix === THROTTLED;
