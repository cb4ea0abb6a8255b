// What the SCM client says of refused credentials, in English and Chinese: the kind used and where it came from
// (never its value), a clock too far off for AK/SK signatures, an IAM permission missing (error-text.ts).
import type { Messages } from '../core/i18n.js';

/** A credential's kind as a sentence names it ("the AK/SK used came from ..."). */
export const CREDENTIAL_KIND = {
  aksk: { en: 'AK/SK', zh: 'AK/SK' },
  token: { en: 'IAM token', zh: 'IAM Token' },
} satisfies Messages;

/** Hints for credentials refused (error-text.ts). */
export const CR = {
  /** A refused AK/SK signature while this clock is more than 15 minutes off the gateway's (its Date header). */
  clockBehind: {
    en: "  this machine's clock is {span} behind the server's (its answer is dated {server}): AK/SK signatures are refused when the clock is more than 15 minutes off",
    zh: '  本机时钟比服务器慢 {span}（服务器应答的时间为 {server}）：时钟偏差超过 15 分钟时，AK/SK 签名会被拒绝',
  },
  clockAhead: {
    en: "  this machine's clock is {span} ahead of the server's (its answer is dated {server}): AK/SK signatures are refused when the clock is more than 15 minutes off",
    zh: '  本机时钟比服务器快 {span}（服务器应答的时间为 {server}）：时钟偏差超过 15 分钟时，AK/SK 签名会被拒绝',
  },
  setClock: { en: "set this machine's clock to the right time (enable NTP, e.g. `timedatectl set-ntp true`), then run again", zh: '请将本机时钟校准到正确时间（启用 NTP，例如 `timedatectl set-ntp true`），然后重新运行' },
  forbidden: {
    en: 'the credentials may be valid but not allowed this request: grant their IAM user the action above, and check the project id and --endpoint',
    zh: '凭证可能有效，但无权执行此请求：请为其 IAM 用户授予上面的操作权限，并检查项目 ID 和 --endpoint',
  },
  forbiddenUnnamed: {
    en: 'the credentials may be valid but not allowed this request: grant their IAM user permission for it (Huawei publishes no action name for it; a policy allowing scm:*:* covers it), and check the project id and --endpoint',
    zh: '凭证可能有效，但无权执行此请求：请为其 IAM 用户授予此请求的权限（华为云未公布其操作名称；允许 scm:*:* 的策略包含它），并检查项目 ID 和 --endpoint',
  },
  credentials: { en: 'check the AK/SK (or the token), the project id, and that --endpoint is the SCM API of your site', zh: '请检查 AK/SK（或 Token）、项目 ID，以及 --endpoint 是否为所在站点的 SCM API' },
  // The same, knowing which credential the call used (error-text.ts adds where it came from).
  credentialsAksk: { en: 'check the AK/SK, the project id, and that --endpoint is the SCM API of your site', zh: '请检查 AK/SK、项目 ID，以及 --endpoint 是否为所在站点的 SCM API' },
  credentialsToken: { en: 'check the IAM token, the project id, and that --endpoint is the SCM API of your site', zh: '请检查 IAM Token、项目 ID，以及 --endpoint 是否为所在站点的 SCM API' },
  /** A fix about the credential used, and where it was taken from (never its value). */
  usedFrom: { en: '{fix}; the {what} used came from {from}', zh: '{fix}；本次使用的 {what} 来自 {from}' },
} satisfies Messages;
