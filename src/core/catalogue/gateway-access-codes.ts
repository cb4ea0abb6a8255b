// API Gateway codes about who may call: authentication (03xx), network access control (04xx), app quota
// (05xx) and region access (08xx). Most are answered 401/403: scm exits 3 for them.
import { gateway, SUPPORT, THROTTLED } from './gateway-entry.js';

const USE_IAM = { zh: 'SCM 使用 IAM 认证：请改用 AK/SK 签名或 IAM Token。', en: 'SCM uses IAM authentication: sign with AK/SK or send an IAM token.' };

export const GATEWAY_ACCESS_CODES = [
  gateway({
    code: 'APIGW.0301', status: 401,
    message: { zh: 'IAM认证信息错误', en: 'Incorrect IAM authentication information.' },
    description: {
      zh: 'AK/SK 签名校验失败（verify aksk signature fail）、签名过期、Token 无法解密或已过期、AK 不存在。',
      en: 'The AK/SK signature did not verify ("verify aksk signature fail"), the signature expired, the token cannot be decrypted or has expired, or the AK does not exist.',
    },
    fix: {
      zh: '请检查 AK 与 SK 是否配对、是否有多余空格；本机时钟与标准时间误差须在 15 分钟以内；Token 须为项目级且未过期。',
      en: 'Check that the SK belongs to the AK and has no stray spaces, that this machine\'s clock is within 15 minutes of real time, and that a token is project-scoped and unexpired.',
    },
    fixFor: {
      aksk: {
        zh: '请检查 AK 与 SK 是否配对、是否有多余空格，以及本机时钟与标准时间误差是否在 15 分钟以内。',
        en: 'Check that the SK belongs to the AK and has no stray spaces, and that this machine\'s clock is within 15 minutes of real time.',
      },
      token: {
        zh: '请检查 Token 是否为项目级、是否属于该区域、是否已过期（过期后请重新获取）。',
        en: 'Check that the token is project-scoped, for this region, and unexpired (get a new one once it has expired).',
      },
    },
    // Said after a failed call for the credential that was used; scm explain, not knowing it, says both.
    notes: [{
      credential: 'aksk',
      zh: '使用 AK/SK 时，连续认证失败 5 次后该 AK 会被锁定 5 分钟，期间所有请求都会失败。',
      en: 'With AK/SK, 5 consecutive failures lock the AK for 5 minutes; every request fails meanwhile.',
    }, {
      credential: 'token',
      zh: '使用 IAM Token（SCM_AUTH_TOKEN）时不涉及 AK 锁定；Token 自签发起 24 小时内有效，且只能用于其项目所在的区域，过期后请重新获取。',
      en: 'With an IAM token (SCM_AUTH_TOKEN) no AK is locked; a token is valid for 24 hours from when it was issued, and only in its project\'s region: get a new one once it has expired.',
    }],
  }),
  gateway({
    code: 'APIGW.0302', status: 403,
    message: { zh: 'IAM用户无权访问该API', en: 'The IAM user is not authorized to access the API.' },
    description: { zh: 'IAM 用户没有调用该 API 的权限。', en: 'The IAM user lacks permission for this API.' },
    fix: { zh: '请管理员为该用户授予 SCM 相关权限。', en: 'Ask the administrator to grant the user the SCM permissions it needs.' },
  }),
  gateway({
    code: 'APIGW.0303', status: 401,
    message: { zh: 'APP认证信息错误', en: 'Incorrect app authentication information.' },
    description: { zh: 'APP 认证失败。', en: 'App authentication failed.' },
    fix: USE_IAM,
  }),
  gateway({
    code: 'APIGW.0304', status: 403,
    message: { zh: 'APP无权访问该API', en: 'The app is not authorized to access the API.' },
    description: { zh: '该 APP 没有访问此 API 的权限。', en: 'The app is not allowed to access this API.' },
    fix: USE_IAM,
  }),
  gateway({
    code: 'APIGW.0305', status: 401,
    message: { zh: '认证信息错误', en: 'Incorrect authentication information.' },
    description: { zh: '请求中的认证信息不正确。', en: 'The authentication information in the request is wrong.' },
    fix: { zh: '请检查 Authorization 或 X-Auth-Token 请求头。', en: 'Check the Authorization or X-Auth-Token header.' },
    fixFor: {
      aksk: { zh: '请检查 AK/SK（Authorization 请求头中的签名）。', en: 'Check the AK/SK (the signature in the Authorization header).' },
      token: { zh: '请检查 IAM Token（X-Auth-Token 请求头）。', en: 'Check the IAM token (the X-Auth-Token header).' },
    },
  }),
  gateway({
    code: 'APIGW.0306', status: 403,
    message: { zh: 'API访问被拒绝', en: 'API access denied.' },
    description: { zh: '访问控制策略拒绝了该请求。', en: 'An access-control policy denied the request.' },
    fix: { zh: '请管理员检查访问控制策略。', en: 'Ask the administrator to check the access-control policies.' },
  }),
  gateway({
    code: 'APIGW.0307', status: 401,
    message: { zh: 'Token需要更新', en: 'The token must be updated.' },
    description: { zh: 'Token 已过期或需要刷新；也可能调用了其他区域的 API。', en: 'The token has expired or must be refreshed; or the URL is another region\'s.' },
    fix: { zh: '请重新获取 IAM Token，并检查终端节点是否属于 Token 所在的区域。', en: 'Obtain a new IAM token, and check that the endpoint belongs to the token\'s region.' },
    // A token's code: the hint after a failed call says where the token came from (error-text.ts fixFor), never its value.
    fixFor: { token: { zh: '请重新获取 IAM Token（它已过期或需要刷新），并检查终端节点是否属于 Token 所在的区域。', en: 'Obtain a new IAM token (it has expired or must be refreshed), and check that the endpoint belongs to the token\'s region.' } },
  }),
  gateway({
    code: 'APIGW.0308', status: 429,
    message: { zh: '超出流控值限制', en: 'The throttling threshold has been reached.' },
    description: { zh: '请求过于频繁。', en: 'Too many requests in a short time.' },
    fix: THROTTLED,
  }),
  gateway({
    code: 'APIGW.0310', status: 403,
    message: { zh: '项目不可用', en: 'The project is unavailable.' },
    description: { zh: '当前项目（HUAWEICLOUD_SDK_PROJECT_ID 或 Token 所属的项目）暂时不可用。', en: 'The project (HUAWEICLOUD_SDK_PROJECT_ID, or the token\'s project) is currently unavailable.' },
    fix: { zh: '请检查项目 ID，或换用其他项目重试。', en: 'Check the project ID, or try again with another project.' },
  }),
  gateway({
    code: 'APIGW.0311', status: 401,
    message: { zh: '调试认证信息错误', en: 'Incorrect debugging authentication information.' },
    description: { zh: '调试认证信息不正确。', en: 'The debugging authentication information is incorrect.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0401', status: 403,
    message: { zh: '无法识别客户端IP地址', en: 'Unknown client IP address.' },
    description: { zh: '网关无法识别客户端 IP。', en: 'The gateway cannot identify the client IP address.' },
    fix: { zh: '请检查代理是否转发了客户端地址。', en: 'Check that your proxy forwards the client address.' },
  }),
  gateway({
    code: 'APIGW.0402', status: 403,
    message: { zh: 'IP地址被拒绝访问', en: 'The IP address is not allowed to access the API.' },
    description: { zh: '访问控制策略拒绝了该 IP。', en: 'An access-control policy blocks this IP address.' },
    fix: { zh: '请从允许的网络访问，或请管理员调整访问控制策略。', en: 'Call from an allowed network, or ask the administrator to change the policy.' },
  }),
  gateway({
    code: 'APIGW.0404', status: 403,
    message: { zh: '后端IP地址被拒绝访问', en: 'Access to the backend IP address has been denied.' },
    description: { zh: '网关不允许访问后端的 IP 地址。', en: 'The gateway may not reach the IP address of the backend.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0501', status: 405,
    message: { zh: 'APP配额已用完', en: 'The app quota has been used up.' },
    description: { zh: 'APP 的调用配额已用完。', en: 'The quota of the app is used up.' },
    fix: { zh: '请提高 APP 配额，或改用 IAM 认证（AK/SK 或 Token）。', en: 'Raise the app quota, or use IAM authentication (AK/SK or a token).' },
  }),
  gateway({
    code: 'APIGW.0502', status: 405,
    message: { zh: 'APP已被冻结', en: 'The app has been frozen.' },
    description: { zh: 'APP 已被冻结，通常是因为账户欠费。', en: 'The app is frozen, usually because the account is in arrears.' },
    fix: { zh: '请为账户充值（费用中心 > 资金管理）后重试。', en: 'Top up the account (Billing Center > Funds Management), then try again.' },
  }),
  gateway({
    code: 'APIGW.0801', status: 403,
    message: { zh: '当前所选区域不提供该服务', en: 'The service is unavailable in the currently selected region.' },
    description: { zh: '无法通过该区域的终端节点访问 SCM。', en: 'SCM cannot be reached through the endpoint of this region.' },
    fix: { zh: '请检查 --region 或 --endpoint：SCM 每个站点只有一个终端节点（cn-north-4、ap-southeast-1 等）。', en: 'Check --region or --endpoint: SCM has one endpoint per site (cn-north-4, ap-southeast-1, ...).' },
  }),
  gateway({
    code: 'APIGW.0802', status: 403,
    message: { zh: 'IAM用户被禁止访问当前所选区域', en: 'The IAM user is forbidden in the currently selected region.' },
    description: { zh: '该 IAM 用户不允许访问此区域。', en: 'The IAM user is not allowed to access this region.' },
    fix: { zh: '请管理员允许该用户访问此区域，或换用其他区域。', en: 'Ask the administrator to allow the user in this region, or use another region.' },
  }),
];
