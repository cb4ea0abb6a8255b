// Huawei API Gateway errors that reach SCM users: the gateway answers them before (or instead of) SCM. The
// published table (docs-links GATEWAY_ERROR_PAGE), all of it: messages are the gateway's English texts; the
// gateway sometimes prints APIG.xxxx instead of APIGW.xxxx, and lookups accept both.
import { GATEWAY_ACCESS_CODES } from './gateway-access-codes.js';
import { GATEWAY_FAILURE_CODES } from './gateway-failure-codes.js';
import { GATEWAY_REQUEST_CODES } from './gateway-request-codes.js';
import type { CatalogueEntry } from './types.js';

export const GATEWAY_CODES: CatalogueEntry[] = [...GATEWAY_REQUEST_CODES, ...GATEWAY_ACCESS_CODES, ...GATEWAY_FAILURE_CODES];
