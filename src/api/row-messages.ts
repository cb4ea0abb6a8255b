// What the rows of a push or a deployment say, in English and Chinese: each target's result (stdout, the table
// and --json), and the rows a Ctrl-C or SIGTERM left unsent. Apart from messages.ts (the API error display,
// retries, lookups), which it would make twice as long.
import { besideZh, plural, type Messages } from '../core/i18n.js';

/** A row whose request was on its way when Ctrl-C or SIGTERM came, and the rows after it (push and deploy). */
export const STOPPED = {
  /**
   * A push on its way (scm push, which does not look first: every push makes a new WAF/ELB copy). Running it again
   * at once could make a second copy, and even a command that looks first cannot see a push still landing.
   */
  inFlightPush: {
    en: 'it may have taken effect; not sent again: in a minute, see where it is with scm show {id}, then push only where it is missing (pushing again now could make a second copy)',
    zh: '可能已经生效；未重新发送：请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送（现在再次推送可能产生第二份副本）',
  },
  /**
   * A request on its way for a command whose rerun looks first (deploy, `upload --push`): the rerun is the
   * advice, once what is on its way has landed (a deployment sent twice is billed twice).
   */
  inFlight: {
    en: 'it may have taken effect; in a minute, run the same command again: it looks first and sends only what is missing',
    zh: '可能已经生效；请一分钟后再次运行同一命令：它会先查询，只发送缺少的部分',
  },
  /** `upload --push` without --if-changed: its rerun looks first only with that flag. */
  inFlightIfChanged: {
    en: 'it may have taken effect; in a minute, run the same command again with --if-changed: it looks first and sends only what is missing',
    zh: '可能已经生效；请一分钟后加 --if-changed 再次运行同一命令：它会先查询，只发送缺少的部分',
  },
  notSent: { en: 'not sent: interrupted', zh: '未发送：已中断' },
} satisfies Messages;

/** The message of one push row (stdout, the table and --json). */
export const R = {
  pushed: { en: 'pushed', zh: '已推送' },
  present: { en: 'already deployed there: not pushed again', zh: '已部署在此处，不再重复推送' },
  /** A sub-project (cn-north-4_sub) taken as holding the copy its region lists (push-run.ts regionCovers). */
  presentInRegion: { en: 'already deployed in {region}, and SCM lists regions, not sub-projects: not pushed again', zh: '已部署在 {region}，而 SCM 只列出区域、不区分子项目，不再重复推送' },
  recovered: { en: 'the answer was lost; ListDeployedResources shows it there', zh: '应答丢失；`ListDeployedResources` 显示已部署' },
  /** A batch row settled by the look-up: what SCM's row said (not a lost answer), then what the look-up showed. */
  noResultShown: { en: 'SCM returned no result for this project; ListDeployedResources shows it there', zh: 'SCM 没有返回这个项目的结果；`ListDeployedResources` 显示已部署' },
  unclearShown: {
    en: 'SCM said "{said}" for this project, which says neither that the push succeeded nor that it failed; ListDeployedResources shows it there',
    zh: 'SCM 对这个项目返回“{said}”，既未说明推送成功，也未说明失败；`ListDeployedResources` 显示已部署',
  },
  noCopyShown: { en: 'SCM said "{said}" for this project but named no copy (no cert_id); ListDeployedResources shows it there', zh: 'SCM 对这个项目返回“{said}”，但没有给出副本 ID（`cert_id` 为空）；`ListDeployedResources` 显示已部署' },
  objectedShown: {
    en: 'SCM said "{said}" for this project, but the same result also says {objection}; ListDeployedResources shows it there',
    zh: 'SCM 对这个项目返回“{said}”，但同一结果中又有 {objection}，两者矛盾；`ListDeployedResources` 显示已部署',
  },
  notSent: { en: 'not sent: an earlier request failed', zh: '未发送：之前的请求已失败' },
  /** Sent, no result for the project, and ListDeployedResources does not show it there: it may still land. */
  noResultPending: {
    en: 'SCM returned no result for this project and does not show it there yet; the push may still take effect: not sent again (in a minute, see where it is with scm show {id}, then push only where it is missing)',
    zh: 'SCM 没有返回这个项目的结果，也暂未显示已推送到此处；该推送可能仍会生效：未重新发送（请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送）',
  },
  /** Sent, SCM's words for the project are neither a success nor a failure, and ListDeployedResources does not show it there. */
  unclearPending: {
    en: 'SCM said "{said}" for this project, which says neither that the push succeeded nor that it failed, and does not show it there yet; the push may still take effect: not sent again (in a minute, see where it is with scm show {id}, then push only where it is missing)',
    zh: 'SCM 对这个项目返回“{said}”，既未说明推送成功，也未说明失败，且暂未显示已推送到此处；该推送可能仍会生效：未重新发送（请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送）',
  },
  /** Sent, SCM said "success" but named no copy (cert_id empty), and ListDeployedResources does not show it there. */
  noCopyPending: {
    en: 'SCM said "{said}" for this project but named no copy (no cert_id), and does not show it there yet; the push may still take effect: not sent again (in a minute, see where it is with scm show {id}, then push only where it is missing)',
    zh: 'SCM 对这个项目返回“{said}”，但没有给出副本 ID（`cert_id` 为空），也暂未显示已推送到此处；该推送可能仍会生效：未重新发送（请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送）',
  },
  /** Sent, SCM said "success" but the same result also says it failed ({objection}: error_code=..., status=failed), and it is not there yet. */
  objectedPending: {
    en: 'SCM said "{said}" for this project, but the same result also says {objection}, and does not show it there yet; the push may still take effect: not sent again (in a minute, see where it is with scm show {id}, then push only where it is missing)',
    zh: 'SCM 对这个项目返回“{said}”，但同一结果中又有 {objection}，两者矛盾，且暂未显示已推送到此处；该推送可能仍会生效：未重新发送（请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送）',
  },
  /** ListDeployedResources lists a resource of the service without its region_id: it may be the target's. */
  regionless: {
    en: 'SCM lists a {service} resource of this certificate without its region (region_id), which may be {region}: not pushed, to avoid a second copy',
    zh: 'SCM 列出了这张证书的一个 {service} 资源，但没有给出其区域（`region_id`），它可能就在 {region}：为避免产生第二份副本，未推送',
  },
  unknown: { en: 'SCM cannot tell whether it is deployed in {region} (is_error): not pushed, to avoid a second copy', zh: 'SCM 无法确定是否已部署在 {region}（`is_error`）：为避免产生第二份副本，未推送' },
  /** `ensure`: ListDeployedResources failed before anything was sent, so where it is deployed is not known. */
  lookFailed: { en: 'could not check where it is deployed ({error}): not pushed, to avoid a second copy', zh: '无法查看部署位置（{error}）：为避免产生第二份副本，未推送' },
  /** `ensure`: ListDeployedResources answered 404 (no such API at this site): where it is deployed cannot be known. */
  lookMissing: {
    en: 'this SCM site does not offer ListDeployedResources (HTTP {status}): whether it is in {service} there already cannot be checked; not pushed, to avoid a second copy',
    zh: '此 SCM 站点不提供 `ListDeployedResources`（HTTP {status}）：无法确认 {service} 中是否已有这张证书；为避免产生第二份副本，未推送',
  },
  lookMissingHint: {
    en: 'if it is not in {service} there yet (see the {service} console), push it without that check: {command}',
    zh: '如果 {service} 中还没有这张证书（请在 {service} 控制台查看），可不经此检查直接推送：`{command}`',
  },
  /** A request that failed, and no way to look whether it took effect: full-width parentheses in Chinese. */
  failedUnchecked: { en: '{error} (whether it took effect could not be checked)', zh: (p) => besideZh(p.error!, '无法确认是否已经生效') },
  /** SCM's answer is not whole there for another reason than is_error ({why}: unknownWhy in core/inventory). */
  unknownWhy: { en: '{why}: not pushed, to avoid a second copy', zh: '{why}：为避免产生第二份副本，未推送' },
  /** A push that may still be running (mayStillRun in retry.ts) and is not there yet: pushing again could make a second copy. */
  mayStillRun: {
    en: '{error}; SCM does not show it there yet, and the push may still take effect: not sent again (in a minute, see where it is with scm show {id}, then push only where it is missing)',
    zh: '{error}；SCM 暂未显示已推送到此处，但该推送可能仍会生效：未重新发送（请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送）',
  },
  mayStillRunHint: {
    en: 'wait a minute, then see where it is with scm show {id}, and push only where it is missing: the first push may still land (if SCM is often this slow, raise --timeout)',
    zh: '请等待一分钟，再用 `scm show {id}` 查看部署位置，只向缺少的位置推送：第一次推送可能仍会生效（如果 SCM 经常这么慢，请调大 --timeout）',
  },
  /** SCM answered the push with a success status and nothing scm can read: it took the request. */
  unreadHint: {
    en: 'wait a minute, then see where it is with scm show {id}, and push only where it is missing: SCM took the push, but its answer could not be read, so it may have landed',
    zh: '请等待一分钟，再用 `scm show {id}` 查看部署位置，只向缺少的位置推送：SCM 已接收推送请求，但其应答无法读取，推送可能已经生效',
  },
} satisfies Messages;

/** The message of one deploy row (src/api/deploy.ts). */
export const DP = {
  notSent: { en: 'not sent: an earlier request failed', zh: '未部署：之前的请求已失败' },
  /** On the certificate already, found by a look again before its batch (api/deploy-look.ts LOOK_STALE_MS). */
  since: { en: 'already uses it (deployed since the look before the deployments): not sent again', zh: '已在使用该证书（在部署前的查询之后由他处部署）：不再重复部署' },
  sinceNote: {
    en: (p) => `${plural(Number(p.count), 'resource')} of ${p.service}${p.region === 'global' ? '' : ` in ${p.region}`} already ${Number(p.count) === 1 ? 'uses' : 'use'} ${p.id} since the look before the deployments: not sent again`,
    zh: (p) => `${p.service}${p.region === 'global' ? '' : `（${p.region}）`}中有 ${p.count} 个资源在部署前的查询之后已改用 ${p.id}：不再重复部署`,
  },
  noInfo: { en: 'SCM listed it as failed without saying why', zh: 'SCM 将其列为失败，但没有说明原因' },
  unchecked: { en: 'whether it took effect could not be checked', zh: '无法确认是否已经生效' },
  failedUnchecked: { en: '{error} (whether it took effect could not be checked)', zh: (p) => besideZh(p.error!, '无法确认是否已经生效') },
  /** A deployment that may still be running and is not there yet: the rerun looks first, so it is the advice. */
  mayStillRun: {
    en: '{error}; SCM does not show it there yet, and the request may still take effect: not sent again (run the same command again in a minute: it looks first and sends only what is missing)',
    zh: '{error}；SCM 暂未显示已部署到此处，但该请求可能仍会生效：未重新部署（一分钟后再次运行同一命令即可：它会先查询，只部署缺少的部分）',
  },
  mayStillRunHint: {
    en: 'run the same command again in a minute: it looks first and deploys only what is missing',
    zh: '一分钟后再次运行同一命令即可：它会先查询，只部署缺少的部分',
  },
  /** After a failure that may have taken effect, ListDeployedResources cannot tell ({why}: unknownWhy). */
  unknown: { en: '{error} ({why}: not sent again, as it may already be deployed)', zh: (p) => besideZh(p.error!, `${p.why}：可能已经部署过，因此没有再次部署`) },
  /** DeployCertificate answered without failure_list and ListDeployedResources does not show it there (api/deploy.ts). */
  unlisted: {
    en: 'SCM answered without a failure_list, and ListDeployedResources does not show the certificate there: not sent again, as it may still land (check with `scm show {id}` in a minute)',
    zh: 'SCM 的应答没有 `failure_list`，且 `ListDeployedResources` 未显示该证书已部署到此处：可能仍在生效中，因此没有再次部署（一分钟后可用 `scm show {id}` 查看）',
  },
  unlistedUnchecked: {
    en: 'SCM answered without a failure_list, and whether it took effect could not be checked: not sent again (check with `scm show {id}`)',
    zh: 'SCM 的应答没有 `failure_list`，且无法确认是否已经生效：没有再次部署（可用 `scm show {id}` 查看）',
  },
  /** A WAF resource sent without --waf-type, refused as each edition in turn ({first}, {second}: WAF_EDITION's words). */
  asEither: { en: 'as {first} WAF: {firstInfo}; as {second} WAF: {secondInfo}', zh: '按{first} WAF：{firstInfo}；按{second} WAF：{secondInfo}' },
  wafTypeAgain: {
    en: (p) => `WAF refused ${plural(Number(p.count), 'resource')} sent without --waf-type; sending again as ${p.type} WAF`,
    zh: '未指定 --waf-type 时 WAF 拒绝了 {count} 个资源；改按{type} WAF 重新部署',
  },
} satisfies Messages;

/** WAF's editions as a sentence names them (the type sent is `cloud` or `premium`). */
export const WAF_EDITION = {
  cloud: { en: 'cloud', zh: '云模式' },
  premium: { en: 'premium', zh: '独享版' },
} satisfies Messages;
