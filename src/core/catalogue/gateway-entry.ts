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
