// Huawei API Gateway errors that reach SCM users: the gateway answers them before SCM sees the request.
// Messages are the gateway's published English texts; the gateway sometimes prints APIG.xxxx instead of
// APIGW.xxxx, and lookups accept both.
import { GATEWAY_ERROR_PAGE as docs } from './docs-links.js';
import type { CatalogueEntry } from './types.js';

const gateway = (e: Omit<CatalogueEntry, 'origin' | 'docs' | 'enSource'>): CatalogueEntry => ({
  ...e, origin: 'gateway', docs, enSource: 'published',
});

export const GATEWAY_CODES: CatalogueEntry[] = [
  gateway({
    code: 'APIGW.0101', status: 404,
    message: { zh: 'API不存在或未发布到环境', en: 'The API does not exist or has not been published in the environment.' },
    description: { zh: '请求的域名、方法或路径没有对应的API', en: 'No API matches the host, method and path of the request.' },
    fix: { zh: '检查终端节点（--endpoint/--region）和请求路径是否正确。', en: 'Check the endpoint (--endpoint / --region) and the request path.' },
  }),
  gateway({
    code: 'APIGW.0201', status: 400,
    message: { zh: '请求格式不合法', en: 'API request error.' },
    description: { zh: '请求格式不合法，或请求体/URI/请求头过大', en: 'The request is malformed, or its body, URI or headers are too large.' },
    fix: { zh: '使用合法的请求；请求体不能超过12MB。', en: 'Send a well-formed request; the body must stay under 12 MB.' },
  }),
  gateway({
    code: 'APIGW.0301', status: 401,
    message: { zh: 'IAM认证信息错误', en: 'Incorrect IAM authentication information.' },
    description: {
      zh: 'AK/SK签名校验失败（verify aksk signature fail）、签名过期、Token无法解密或已过期、AK不存在。',
      en: 'The AK/SK signature did not verify ("verify aksk signature fail"), the signature expired, the token cannot be decrypted or has expired, or the AK does not exist.',
    },
    fix: {
      zh: '检查AK与SK是否配对、是否有多余空格；本机时钟与标准时间误差须在15分钟以内；Token须为项目级且未过期。',
      en: 'Check that the SK belongs to the AK and has no stray spaces, that this machine\'s clock is within 15 minutes of real time, and that a token is project-scoped and unexpired.',
    },
    notes: [{
      zh: 'AK/SK连续认证失败5次后会被锁定5分钟，期间所有请求都会失败。',
      en: 'After 5 consecutive AK/SK failures the AK is locked for 5 minutes; every request fails meanwhile.',
    }],
  }),
  gateway({
    code: 'APIGW.0302', status: 403,
    message: { zh: 'IAM用户无权访问该API', en: 'The IAM user is not authorized to access the API.' },
    description: { zh: 'IAM用户没有调用该API的权限', en: 'The IAM user lacks permission for this API.' },
    fix: { zh: '请管理员为该用户授予SCM相关权限。', en: 'Ask the administrator to grant the user the SCM permissions it needs.' },
  }),
  gateway({
    code: 'APIGW.0303', status: 401,
    message: { zh: 'APP认证信息错误', en: 'Incorrect app authentication information.' },
    description: { zh: 'APP认证失败', en: 'App authentication failed.' },
    fix: { zh: 'SCM使用IAM认证：请改用AK/SK或IAM Token。', en: 'SCM uses IAM authentication: sign with AK/SK or send an IAM token.' },
  }),
  gateway({
    code: 'APIGW.0305', status: 401,
    message: { zh: '认证信息错误', en: 'Incorrect authentication information.' },
    description: { zh: '请求中的认证信息不正确', en: 'The authentication information in the request is wrong.' },
    fix: { zh: '检查Authorization或X-Auth-Token请求头。', en: 'Check the Authorization or X-Auth-Token header.' },
  }),
  gateway({
    code: 'APIGW.0306', status: 403,
    message: { zh: 'API访问被拒绝', en: 'API access denied.' },
    description: { zh: '访问控制策略拒绝了该请求', en: 'An access-control policy denied the request.' },
    fix: { zh: '请管理员检查访问控制策略。', en: 'Ask the administrator to check the access-control policies.' },
  }),
  gateway({
    code: 'APIGW.0307', status: 401,
    message: { zh: 'Token需要更新', en: 'The token must be updated.' },
    description: { zh: 'Token已过期或需要刷新', en: 'The token has expired or must be refreshed.' },
    fix: { zh: '重新获取IAM Token。', en: 'Obtain a new IAM token.' },
  }),
  gateway({
    code: 'APIGW.0308', status: 429,
    message: { zh: '超出流控值限制', en: 'The throttling threshold has been reached.' },
    description: { zh: '请求过于频繁', en: 'Too many requests in a short time.' },
    fix: { zh: '等待流控刷新后重试；scm会按Retry-After自动退避重试。', en: 'Wait and retry; scm backs off and retries automatically, honouring Retry-After.' },
  }),
  gateway({
    code: 'APIGW.0401', status: 403,
    message: { zh: '无法识别客户端IP地址', en: 'Unknown client IP address.' },
    description: { zh: '网关无法识别客户端IP', en: 'The gateway cannot identify the client IP address.' },
    fix: { zh: '检查代理是否转发了客户端地址。', en: 'Check that your proxy forwards the client address.' },
  }),
  gateway({
    code: 'APIGW.0402', status: 403,
    message: { zh: 'IP地址被拒绝访问', en: 'The IP address is not allowed to access the API.' },
    description: { zh: '访问控制策略拒绝了该IP', en: 'An access-control policy blocks this IP address.' },
    fix: { zh: '从允许的网络访问，或请管理员调整访问控制策略。', en: 'Call from an allowed network, or ask the administrator to change the policy.' },
  }),
];
