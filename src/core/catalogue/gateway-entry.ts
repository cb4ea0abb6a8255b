// What every API Gateway entry shares: its origin, the gateway's error page, and the published English text.
import { GATEWAY_ERROR_PAGE as docs } from './docs-links.js';
import type { CatalogueEntry } from './types.js';

export const gateway = (e: Omit<CatalogueEntry, 'origin' | 'docs' | 'enSource'>): CatalogueEntry => ({
  ...e, origin: 'gateway', docs, enSource: 'published',
});

/** The published fix for the gateway's internal faults, which a caller cannot repair. */
export const SUPPORT = { zh: '请联系华为云技术支持，并提供请求 ID。', en: 'Contact Huawei Cloud technical support with the request ID.' };

/** For the gateway's transient faults: scm retries them itself. */
export const RETRIED = {
  zh: 'scm 会自动退避重试；持续出现时请稍后再试，或带上请求 ID 联系华为云技术支持。',
  en: 'scm retries it with backoff; if it persists, try again later or contact Huawei Cloud technical support with the request ID.',
};
