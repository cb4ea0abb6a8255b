// What the SCM client says, in English and Chinese: the API error display, retry and lookup notes, and the hints
// that tell a user what to do next. Rendered with t(lang, M.id, {params}). What one HTTP exchange says (answers
// scm cannot use, the network, --debug's trace) is in exchange-messages.ts; push and deploy rows in row-messages.ts;
// refused credentials in credential-messages.ts.
import { besideZh, plural, type Message, type Messages } from '../core/i18n.js';

/** What each operation is called in a sentence ("SCM rejected the import"). */
export const OPERATION = {
  import: { en: 'the import', zh: '导入' },
  push: { en: 'the push', zh: '推送' },
  'batch-push': { en: 'the batch push', zh: '批量推送' },
  list: { en: 'listing certificates', zh: '列出证书' },
  show: { en: 'reading the certificate', zh: '读取证书' },
  delete: { en: 'deleting the certificate', zh: '删除证书' },
  'deployed-resources': { en: 'looking up where the certificate is deployed', zh: '查询证书的部署位置' },
  export: { en: 'exporting the certificate', zh: '导出证书' },
  notify: { en: 'changing the expiry notifications', zh: '更改到期通知' },
  deploy: { en: 'the deployment', zh: '部署' },
} satisfies Messages;

/** An operation named on its own, as a label ("import: ... retry 1 of 3"): English keeps the operation id. */
export const OP_NAME = Object.fromEntries(Object.entries(OPERATION).map(([op, m]) => [op, { en: op, zh: m.zh }])) as Record<keyof typeof OPERATION, Message>;

/** The API error display (ScmApiError). */
export const E = {
  auth: { en: 'SCM refused the credentials for {op}: {what} ({ref})', zh: 'SCM 拒绝了{op}所用的凭证：{what}（{ref}）' },
  unavailable: { en: 'SCM could not complete {op}: {what} ({ref})', zh: 'SCM 未能{op}：{what}（{ref}）' },
  rejected: { en: 'SCM rejected {op}: {what} ({ref})', zh: 'SCM 拒绝了{op}：{what}（{ref}）' },
  ref: { en: 'HTTP {status}', zh: 'HTTP {status}' },
  refWithId: { en: 'HTTP {status}, request id {id}', zh: 'HTTP {status}，请求 ID {id}' },
  noCode: { en: 'no error code', zh: '无错误码' },
  /** The server's words came without a code: they come first, and the missing code is said beside the status. */
  refNoCode: { en: 'HTTP {status}, no error code', zh: 'HTTP {status}，无错误码' },
  refNoCodeWithId: { en: 'HTTP {status}, no error code, request id {id}', zh: 'HTTP {status}，无错误码，请求 ID {id}' },
  why: { en: '  why: {text}', zh: '  原因：{text}' },
  serverSaid: { en: '  server said: {text}', zh: '  服务端返回：{text}' },
  note: { en: '  note: {text}', zh: '  说明：{text}' },
  /** A 429 that reached the user (the retries spent, or none asked): the wait the server named is passed on. */
  askedToWait: { en: '  SCM asked to wait {seconds}s before trying again (Retry-After)', zh: '  SCM 要求等待 {seconds} 秒后再试（`Retry-After`）' },
  // A "no permission" code (core/catalogue/iam-actions.ts): the IAM action the failed request needs.
  iamAction: { en: '  IAM action this request needs: {action}', zh: '  此请求所需的 IAM 操作：{action}' },
  iamAlias: { en: '{action} (alias {alias})', zh: '{action}（别名 {alias}）' },
  iamUnpublished: { en: 'not published by Huawei', zh: '华为云未公布' },
  caughtOffline: { en: '  caught offline by: {cmd} (rule {rules})', zh: '  离线检查已发现：`{cmd}`（规则 {rules}）' },
  relatedRules: { en: '  related offline rules: {rules} (see {cmd})', zh: '  相关的离线检查规则：{rules}（详见 `{cmd}`）' },
  /** A transient failure with --retries 0: the catalogue's fix says scm retries, which this run did not. */
  notRetried: {
    en: 'scm sent it once and did not retry (--retries 0); try again later or with a higher --retries, and quote the request ID if it persists (more: {cmd})',
    zh: 'scm 只发送了一次，没有重试（`--retries 0`）；请稍后再试或调大 `--retries`，持续出现时请提供请求 ID（详见 `{cmd}`）',
  },
  fixMore: { en: '{fix} (more: {cmd})', zh: (p) => besideZh(p.fix!, `详见 \`${p.cmd}\``) },
  unknownCode: { en: "scm does not know {code}; search Huawei Cloud's SCM error code page, quoting the request id", zh: 'scm 不认识 {code}；请在华为云 SCM 错误码页面中查找，并提供请求 ID' },
  tryLater: { en: 'the service is unavailable; try again later', zh: '服务暂时不可用，请稍后再试' },
  /** A 429 without a code scm knows (a gateway's or proxy's page): throttled, with the advice for that. */
  throttled: { en: 'too many requests, the rate is limited', zh: '请求过多，已被限流' },
  throttledHint: {
    en: 'requests came faster than SCM or a gateway in between allows: wait a minute, then run again (scm retries a 429 with growing waits; a higher --retries waits longer)',
    zh: '请求频率超过了 SCM 或中间网关的限制：请等一分钟后再运行（scm 会以递增的间隔重试 429；调大 `--retries` 会等得更久）',
  },
  throttledNotRetried: {
    en: 'requests came faster than SCM or a gateway in between allows, and scm did not retry (--retries 0): wait a minute, then run again, or with a higher --retries',
    zh: '请求频率超过了 SCM 或中间网关的限制，且 scm 没有重试（`--retries 0`）：请等一分钟后再运行，或调大 `--retries`',
  },
  /** A 4xx refusal with no error code (a 404, a proxy's 405 or 400): SCM names its refusals; one without came from something else. */
  notScm: {
    en: 'this {status} carries no SCM error code, so it is not SCM\'s answer: check the endpoint (--endpoint, SCM_ENDPOINT, --region) and any proxy in between (HTTPS_PROXY/NO_PROXY)',
    zh: '这个 {status} 没有 SCM 错误码，不是 SCM 的应答：请检查终端节点（--endpoint、SCM_ENDPOINT、--region）以及中间的代理（HTTPS_PROXY/NO_PROXY）',
  },
  /** A 404 "no such API" while the endpoint has a path of its own, which scm puts before every API path. */
  endpointPath: {
    en: "  the endpoint has a path, {path}, which scm puts before every API path (/v3/scm/...): SCM's API is at the host itself, such as https://scm.cn-north-4.myhuaweicloud.com",
    zh: '  终端节点带有路径 {path}，scm 会把它放在每个 API 路径（/v3/scm/...）之前：SCM API 位于主机本身，例如 https://scm.cn-north-4.myhuaweicloud.com',
  },
  /** ListDeployedResources answered 404 (api-missing.ts): the site lacks the API, the endpoint is right. */
  lookMissingShow: {
    en: 'this SCM site does not offer ListDeployedResources (HTTP {status}), so where the certificate is deployed cannot be shown: see the ELB, WAF and CDN consoles',
    zh: '此 SCM 站点不提供 `ListDeployedResources`（HTTP {status}），因此无法显示证书部署在哪里：请在 ELB、WAF 和 CDN 控制台查看',
  },
  lookMissingDelete: {
    en: 'this SCM site does not offer ListDeployedResources (HTTP {status}), so whether the certificate is in use cannot be checked, and scm never deletes one that may be (not even with --force): once the ELB, WAF and CDN consoles show it unused, delete it in the SCM console',
    zh: '此 SCM 站点不提供 `ListDeployedResources`（HTTP {status}），因此无法确认证书是否仍在使用；scm 从不删除可能在用的证书（`--force` 也不例外）：在 ELB、WAF 和 CDN 控制台确认它未被使用后，请在 SCM 控制台中删除',
  },
} satisfies Messages;

/** Progress notes while retrying or looking (stderr). */
export const P = {
  retry: { en: '{op}: {why}; retry {n} of {max} in {seconds}s', zh: '{op}：{why}；{seconds} 秒后进行第 {n}/{max} 次重试' },
  lookBeforeImport: { en: '{op}: {why}; looking for the certificate in SCM before trying again', zh: '{op}：{why}；重试前先在 SCM 中查找这张证书' },
  waitBeforeLook: { en: '{op}: {why}; it may still be landing: waiting {seconds}s, then looking for the certificate in SCM before trying again', zh: '{op}：{why}；它可能仍在处理中：等待 {seconds} 秒后，先在 SCM 中查找这张证书再重试' },
  /** The same on the last attempt: nothing will be sent again, the look only says where it stands. */
  waitBeforeLastLook: { en: '{op}: {why}; it may still be landing: waiting {seconds}s, then looking for the certificate in SCM', zh: '{op}：{why}；它可能仍在处理中：等待 {seconds} 秒后在 SCM 中查找这张证书' },
  resend: { en: '{op}: not in SCM; retry {n} of {max}', zh: '{op}：SCM 中没有这张证书；进行第 {n}/{max} 次重试' },
  /** The look for a copy before a plain import failed: the import goes on, the flag's documented reading guarding. */
  importUnlooked: {
    en: '{op}: could not look for this certificate in SCM first ({why}); importing all the same with `duplicate_check: false`, which the API reference says refuses a certificate SCM holds',
    zh: '{op}：未能先在 SCM 中查找这张证书（{why}）；仍然以 `duplicate_check: false` 导入，按官方接口参考，SCM 已有这张证书时会拒绝',
  },
  allowInverted: { en: '{op}: SCM refused a second copy under `duplicate_check: true`; sending it again with `false`, which this service may read as "allow"', zh: '{op}：`duplicate_check: true` 下 SCM 拒绝再存一份；改用 `false` 重新发送，该服务可能把它理解为“允许”' },
  lookBeforeDeploy: { en: '{op}: {why}; checking where the certificate is deployed before sending again', zh: '{op}：{why}；重新部署前先查询证书已部署到哪里' },
  lookBeforePush: { en: '{op}: {why}; checking where the certificate is deployed before trying again', zh: '{op}：{why}；重试前先查询证书已部署到哪里' },
  checkPresence: { en: 'checking where {id} is deployed in {service}', zh: '查询 {id} 在 {service} 中的部署位置' },
  pushing: { en: 'pushing {id} to {service}', zh: '正在把 {id} 推送到 {service}' },
  pushingTo: { en: 'pushing {id} to {service} in {project}', zh: '正在把 {id} 推送到 {project} 的 {service}' },
  pushingMany: { en: (p) => `pushing ${p.id} to ${p.service} in ${plural(Number(p.count), 'project')}`, zh: '正在把 {id} 推送到 {count} 个项目的 {service}' },
  pushingBatch: {
    en: (p) => `pushing ${p.id} to ${p.service} in ${plural(Number(p.count), 'project')} (batch ${p.n} of ${p.of})`,
    zh: '正在把 {id} 推送到 {count} 个项目的 {service}（第 {n}/{of} 批）',
  },
} satisfies Messages;

/** Hints on import failures whose outcome is unknown. */
export const I = {
  mayHaveSucceeded: { en: 'the import may have succeeded: check with the SCM console before uploading again', zh: '导入可能已经成功：再次上传前请先在 SCM 控制台确认' },
  lookupFailed: {
    en: 'the import may have succeeded and the lookup failed ({why}); rerun with --if-changed, which uploads only if the certificate is not in SCM',
    zh: '导入可能已经成功，但随后的查找失败了（{why}）；请加 --if-changed 重新运行，证书不在 SCM 中时才会上传',
  },
  /** Looked up and not found after an answer that could not be read (or the time limit spent): outcome unknown. */
  notFoundYet: {
    en: 'the certificate was not in SCM when looked up by fingerprint, but the import may still appear there (its outcome is unknown): in a minute, run the upload again with --if-changed, which uploads only if it is not in SCM',
    zh: '按指纹查找时这张证书还不在 SCM 中，但导入的结果未知，它仍可能出现：请一分钟后加 --if-changed 重新上传，证书不在 SCM 中时才会上传',
  },
  notInScm: { en: 'the certificate is not in SCM (checked by fingerprint); it is safe to run the upload again', zh: '按指纹确认，这张证书不在 SCM 中；可以放心重新上传' },
  /** SCM refused the import in words that say it holds the certificate already, and the lookup did not find it. */
  saysHeld: {
    en: 'SCM says it holds this certificate already, but no copy is listed for {name} (not yet, or not where scm can see it): in a minute, run the upload again with --if-changed, which prints its id, or look for it with scm list --search {name}',
    zh: 'SCM 表示已存在这张证书，但 {name} 的证书列表中找不到它（可能尚未列出，或不在 scm 能看到的范围内）：请一分钟后加 --if-changed 重新上传，届时会输出它的 ID；也可以用 `scm list --search {name}` 查找',
  },
  saysHeldLookupFailed: {
    en: 'SCM says it holds this certificate already, and looking for it failed ({why}): run the upload again with --if-changed, which prints its id',
    zh: 'SCM 表示已存在这张证书，但查找它时失败了（{why}）：请加 --if-changed 重新上传，届时会输出它的 ID',
  },
  mayStillBeStored: {
    en: 'the certificate was not in SCM when looked up by fingerprint, but the import that was cut off may still be stored: in a minute, run the upload again with --if-changed, which uploads only if it is not in SCM',
    zh: '按指纹查找时这张证书还不在 SCM 中，但被中断的导入可能仍会存入：请一分钟后加 --if-changed 重新上传，证书不在 SCM 中时才会上传',
  },
} satisfies Messages;

/** Complete lookups (list.ts, find.ts). */
export const L = {
  pageFailed: { en: 'could not read page {page} of the certificate list: {why}', zh: '无法读取证书列表的第 {page} 页：{why}' },
  /** ListCertificates refused with expired_days_since and answered without it (a service older than the parameter). */
  noExpiredDays: {
    en: 'SCM refused the certificate list asked with expired_days_since ({why}) and answered it without: certificates that have expired may be missing from it',
    zh: 'SCM 拒绝了带 `expired_days_since` 参数的证书列表请求（{why}），去掉该参数后才应答：列表中可能缺少已过期的证书',
  },
  unreachable: {
    en: (p) => `SCM lists ${plural(Number(p.total), 'certificate')}${p.search ? ` matching ${p.search}` : ''}, but its API lets scm read only ${p.read} of them (the offset of ListCertificates stops at ${p.cap})`,
    zh: (p) => `SCM 中${p.search ? `与 ${p.search} 匹配的` : ''}证书共 ${p.total} 张，但其 API 只允许 scm 读取其中 ${p.read} 张（\`ListCertificates\` 的 \`offset\` 最大为 ${p.cap}）`,
  },
  unreachableUncounted: {
    en: (p) => `SCM holds more certificates${p.search ? ` matching ${p.search}` : ''} than its API lets scm read (${p.read}; the offset of ListCertificates stops at ${p.cap}), and gives no count of them`,
    zh: (p) => `SCM 中${p.search ? `与 ${p.search} 匹配的` : ''}证书超过其 API 允许 scm 读取的数量（已读取 ${p.read} 张；\`ListCertificates\` 的 \`offset\` 最大为 ${p.cap}），且没有给出总数`,
  },
  offsetIgnored: { en: 'SCM answered every page of the certificate list with the same certificates (it ignores offset)', zh: 'SCM 对证书列表的每一页都返回相同的证书（忽略了 `offset` 参数）' },
  listChanging: { en: 'the certificate list kept changing while scm read it', zh: 'scm 读取证书列表期间，列表一直在变化' },
  listShort: {
    en: (p) => `SCM counts ${plural(Number(p.total), 'certificate')} but its pages held ${p.read} (read twice)`,
    zh: 'SCM 统计有 {total} 张证书，但分页只返回了 {read} 张（已读取两次）',
  },
  undecided: { en: 'cannot tell whether SCM already holds this certificate: {why}; nothing was imported', zh: '无法确定 SCM 是否已有这张证书：{why}；没有导入任何内容' },
  undecidedAfterImport: { en: 'cannot tell whether SCM holds this certificate once or twice: {why}', zh: '无法确定 SCM 中这张证书是一份还是两份：{why}' },
  undecidedHint: { en: 'nothing is imported on a guess; try again later{prune}', zh: 'scm 不会在无法确定时导入；请稍后再试{prune}' },
  notScmHint: {
    en: 'nothing is imported on a guess; that 404 is not SCM\'s answer about the certificate (no SCM error code): check the endpoint and any proxy (HTTPS_PROXY/NO_PROXY), then try again',
    zh: 'scm 不会在无法确定时导入；这个 404 不是 SCM 对证书的应答（没有 SCM 错误码）：请检查终端节点和代理设置（HTTPS_PROXY/NO_PROXY）后再试',
  },
  noFingerprint: {
    en: 'ShowCertificate {id} gives no fingerprint, and the certificate could not be read from ExportCertificate: {why}',
    zh: '`ShowCertificate` {id} 的应答中没有指纹，也无法通过 `ExportCertificate` 读取这张证书：{why}',
  },
  noLeaf: { en: 'its answer holds no certificate scm can read', zh: '其应答中没有 scm 能读取的证书' },
  pruneHint: { en: ', or delete old certificates of {name} so that fewer share its name', zh: '，或删除 {name} 的旧证书，减少同名证书的数量' },
} satisfies Messages;

/** No credentials at all (exit 3). */
export const C = {
  none: { en: 'no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or SCM_AUTH_TOKEN)', zh: '没有凭证：请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK（或 SCM_AUTH_TOKEN）' },
  noneHint: {
    en: 'also accepted: HW_ACCESS_KEY/HW_SECRET_KEY, or ak/sk in a config file such as ~/.config/scm/config.json (chmod 600); run scm config to see what scm finds',
    zh: "也可以用 HW_ACCESS_KEY/HW_SECRET_KEY，或在配置文件（例如 ~/.config/scm/config.json，权限 600）中写 ak/sk；运行 `scm config` 查看 scm 找到了哪些设置",
  },
  /** Said only where --dry-run works without credentials (upload, push, deploy); delete, prune, rotate read SCM even then. */
  dryRunHint: { en: '{hint}; try --dry-run to see the request without sending it', zh: '{hint}；加 --dry-run 可以只看请求、不发送' },
} satisfies Messages;
