// What `scm rotate` (and `scm upload --rotate`) says: usage errors, progress, the plan, the results, the old
// certificates' fate, and how the run ended. The JSON keeps the English enum values.
import { plural, type Messages } from '../../core/i18n.js';
import { H as DH, RESULT as DR } from '../deploy/messages.js';
import { ENDINGS } from './ending-messages.js';

export const H = {
  service: { en: 'SERVICE', zh: '服务' },
  region: { en: 'REGION', zh: '区域' },
  resource: DH.resource,
  uses: { en: 'USES', zh: '当前证书' },
  plan: { en: 'PLAN', zh: '计划' },
  from: { en: 'FROM', zh: '原证书' },
  result: DH.result,
  message: DH.message,
  old: { en: 'OLD', zh: '旧证书' },
} satisfies Messages;

/** The PLAN column. */
export const PLAN = {
  deploy: { en: 'deploy', zh: '部署' },
  unchanged: { en: 'unchanged', zh: '未变' },
  unsupported: { en: 'cannot deploy', zh: '无法部署' },
  push: { en: 'push new to CDN', zh: '推送新证书到 CDN' },
  copied: { en: 'new already in CDN', zh: '新证书已在 CDN' },
} satisfies Messages;

/** The RESULT column, by the JSON result: deploy's words, and `unknown` for a region SCM cannot count. */
export const RESULT = {
  deployed: DR.deployed,
  failed: DR.failed,
  unchanged: DR.unchanged,
  skipped: DR['not-sent'],
  unknown: { en: 'unknown', zh: '未知' },
  interrupted: DR.interrupted,
} satisfies Messages;

/** Resources changed by someone else since the plan (carry-out.ts): not the rotation's any more, said apart. */
const movedEn = (p: Record<string, unknown>): string => (Number(p.moved) > 0 ? `; ${p.moved} more ${Number(p.moved) === 1 ? 'was' : 'were'} changed since the plan and left as ${Number(p.moved) === 1 ? 'it was' : 'they were'}` : '');
const movedZh = (p: Record<string, unknown>): string => (Number(p.moved) > 0 ? `；另有 ${p.moved} 个在列出计划之后被更改，保持原样` : '');

export const M = {
  phase: { en: 'the rotation', zh: '轮换' },
  noOld: { en: 'which certificates does the new one replace? give their ids, or --domain D', zh: '新证书要替换哪些证书？请给出它们的 ID，或使用 --domain 域名' },
  noOldHint: { en: 'scm rotate scs1700000000000 --to scs1700000000001, or scm rotate --domain www.example.com --cert fullchain.pem --key privkey.pem', zh: '例如 `scm rotate scs1700000000000 --to scs1700000000001`，或 `scm rotate --domain www.example.com --cert fullchain.pem --key privkey.pem`' },
  noNew: { en: 'which certificate takes their place? give --to ID, --cert FILE --key FILE, --pfx FILE or a bundle folder', zh: '用哪张证书替换？请给出 --to ID、--cert 文件 --key 文件、--pfx 文件或证书目录' },
  twoNew: { en: 'give the new certificate one way: --to ID, files (--cert/--key, --pfx) or a bundle folder', zh: '新证书只能用一种方式给出：--to ID、文件（--cert/--key、--pfx）或证书目录' },
  twoNewFolder: {
    en: "give the new certificate one way: --to {to} or the bundle folder {folder} ('{folder}' is not a certificate id, scs followed by 13 digits, so it was read as a bundle folder)",
    zh: '新证书只能用一种方式给出：--to {to} 或证书目录 {folder}（“{folder}”不是证书 ID（scs 加 13 位数字），因此被当作证书目录读取）',
  },
  notAnOldId: { en: "'{arg}' is not a certificate id: scs followed by 13 digits, such as scs1700000000000", zh: '“{arg}”不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000' },
  twoFolders: { en: 'give one bundle folder for the new certificate; other arguments are the ids of old certificates (scs + 13 digits)', zh: '新证书只能给出一个证书目录；其他参数应为旧证书 ID（scs 加 13 位数字）' },
  badTo: { en: "'{id}' given with --to is not a certificate id: scs followed by 13 digits, such as scs1700000000000", zh: '--to 给出的“{id}”不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000' },
  stdinOnce: { en: "'-' (standard input) may be given only once", zh: '“-”（标准输入）只能使用一次' },
  notAnUpload: { en: 'the inputs do not make a certificate to upload: no certificate and private key could be read', zh: '这些输入构不成可上传的证书：无法读取到证书和私钥' },
  rotateWithPush: { en: '--rotate deploys the certificate wherever the older ones are: give --rotate or --push, not both', zh: '--rotate 会把证书部署到旧证书所在的所有位置：--rotate 与 --push 只能二选一' },
  toIsOld: { en: '{id} is both the new certificate and an old one', zh: '{id} 既是新证书又是旧证书' },
  toIsOldHint: {
    en: 'the old ids are the certificates to replace: leave {id} out (with --domain, the new certificate is never among the old ones)',
    zh: '旧证书 ID 是要被替换的证书：请去掉 {id}（使用 --domain 时，新证书不会被算作旧证书）',
  },
  refusedOffline: { en: 'rotation refused: the new certificate failed the offline checks; nothing was sent', zh: '轮换被拒绝：新证书未通过离线检查；没有发送任何请求' },
  refused: { en: 'rotation refused: nothing was uploaded, deployed or deleted', zh: '轮换被拒绝：没有上传、部署或删除任何内容' },
  reading: { en: 'reading the certificate list', zh: '正在读取证书列表' },
  readingNew: { en: 'reading {id}', zh: '正在读取 {id}' },
  looking: { en: 'looking for the new certificate in SCM', zh: '正在 SCM 中查找新证书' },
  checking: { en: (p) => `checking where ${plural(Number(p.count), 'certificate is', 'certificates are')} deployed`, zh: '正在查询 {count} 张证书的部署位置' },
  uploading: { en: 'uploading {name}', zh: '正在上传 {name}' },
  lookingAgain: { en: 'checking again where the old certificates are deployed', zh: '正在再次查询旧证书的部署位置' },
  deploying: {
    en: (p) => `deploying to ${plural(Number(p.count), 'resource')} of ${p.service}${p.region === 'global' ? '' : ` in ${p.region}`} (request ${p.n} of ${p.of})`,
    zh: (p) => `正在部署到${p.region === 'global' ? '' : ` ${p.region} 的`} ${p.service}，共 ${p.count} 个资源（第 ${p.n}/${p.of} 个请求）`,
  },
  verifying: { en: 'checking where the new and the old certificates are deployed now', zh: '正在查询新旧证书现在的部署位置' },
  // ListDeployedResources is eventually consistent: read again (settle.ts) before calling a resource not moved.
  verifyAgain: {
    en: (p) => `SCM does not show ${plural(Number(p.count), 'resource')} on the new certificate yet: looking again in ${p.seconds} s (${p.n} of ${p.of})`,
    zh: 'SCM 尚未显示 {count} 个资源使用新证书：{seconds} 秒后再次查询（第 {n} 次，共 {of} 次）',
  },
  notMovedAfterLooks: {
    en: (p) => `after ${p.looks} looks over ${p.seconds} s, SCM still does not show ${plural(Number(p.count), 'resource')} on ${p.new}: ${p.list}. SCM may be slow to show a deployment: see where it is with scm show ${p.new} in a few minutes before deploying again`,
    zh: '查询 {looks} 次、历时 {seconds} 秒后，SCM 仍未显示 {count} 个资源使用 {new}：{list}。SCM 显示部署结果可能有延迟：请过几分钟用 `scm show {new}` 查看后再决定是否重新部署',
  },
  deleting: { en: 'deleting {id} ({n} of {count})', zh: '正在删除 {id}（第 {n}/{count} 张）' },
  notifying: { en: 'turning off the expiry e-mails of {ids}', zh: '正在关闭 {ids} 的到期通知' },
  partial: { en: '{why}; the old certificates are those rotate could read', zh: '{why}；旧证书只包括已读取到的' },
  outlives: { en: 'the new certificate expires {new}, before {id} ({old}), which it replaces: check that it is the renewal you meant', zh: '新证书的到期时间为 {new}，早于它所替换的 {id}（到期时间 {old}）：请确认这是你要使用的续期证书' },
  outlivesKept: {
    en: 'the new certificate expires {new}, before {id} ({old}), which it replaces: check that it is the renewal you meant; --delete-old keeps {id}',
    zh: '新证书的到期时间为 {new}，早于它所替换的 {id}（到期时间 {old}）：请确认这是你要使用的续期证书；--delete-old 不会删除 {id}',
  },

  // The plan
  /** A time in SCM's zone, as show and list print it. */
  zoned: { en: '{time} (UTC+8)', zh: '{time}（UTC+8）' },
  to: { en: 'rotation to {new} ({names}; expires {date}) from {old}', zh: '轮换为 {new}（{names}；到期时间 {date}）；旧证书：{old}' },
  toNew: { en: 'rotation to the certificate in {source} ({names}; expires {date}), to be uploaded as {name}, from {old}', zh: '轮换为 {source} 中的证书（{names}；到期时间 {date}），将以 {name} 为名上传；旧证书：{old}' },
  noOldFound: { en: 'no other certificate', zh: '无' },
  noOldFor: { en: 'no other certificate (none in SCM covers {domain})', zh: '无（SCM 中没有其他证书涵盖 {domain}）' },
  noOldForRead: { en: 'no other certificate read (none of those scm could read from SCM covers {domain})', zh: '无（scm 能从 SCM 读取到的证书中没有其他证书涵盖 {domain}）' },
  notHeldWarning: {
    en: 'SCM does not hold {id}: deleted already (by an earlier --delete-old, say), or not the id you meant; nothing is done with it',
    zh: 'SCM 中没有 {id}：可能已被删除（例如之前用 --delete-old 运行过），或不是你要指定的 ID；不会对它做任何操作',
  },
  notHeldTag: { en: '{id} (not in SCM)', zh: '{id}（SCM 中没有）' },
  planDeploy: { en: (p) => `plan: deploy to ${plural(Number(p.count), 'resource')} (${p.where})`, zh: '计划：部署到 {count} 个资源（{where}）' },
  planNone: { en: 'plan: nothing to deploy', zh: '计划：无需部署' },
  planUnchanged: { en: (p) => `${plural(Number(p.count), 'resource')} already ${Number(p.count) === 1 ? 'uses' : 'use'} the new certificate`, zh: '{count} 个资源已在使用新证书' },
  planUnsupported: { en: (p) => `${plural(Number(p.count), 'resource')} in services DeployCertificate cannot reach: change ${Number(p.count) === 1 ? 'it' : 'them'} in their consoles`, zh: '{count} 个资源所在的服务不支持部署接口：请在相应控制台中更换' },
  planUnknown: { en: '{why}: it will be kept', zh: '{why}：将保留它' },
  planPush: {
    en: (p) => `plan: push the new certificate to CDN: ${Number(p.count) === 1 ? 'an old certificate has a copy' : 'old certificates have copies'} in CDN's certificate store, which no DeployCertificate can replace (not a domain); the old ${Number(p.count) === 1 ? 'copy stays' : 'copies stay'} there`,
    zh: '计划：把新证书推送到 CDN：旧证书在 CDN 证书库中有副本（不是域名，部署接口无法替换）；旧副本仍留在那里',
  },
  planCopied: {
    en: (p) => `the new certificate is in CDN's certificate store already; the old ${Number(p.count) === 1 ? 'copy stays' : 'copies stay'} there`,
    zh: '新证书已在 CDN 证书库中；旧副本仍留在那里',
  },
  planThenVerify: { en: 'then: check with ListDeployedResources that every resource uses the new certificate and none an old one', zh: '然后：用 `ListDeployedResources` 确认每个资源都改用了新证书，且没有资源仍在使用旧证书' },
  planDelete: { en: 'then: delete the old certificates nothing uses any more (--delete-old; never after a failure)', zh: '然后：删除已不再使用的旧证书（--delete-old；有失败时不删除）' },
  planDeleteBut: { en: 'then: delete the old certificates nothing uses any more (--delete-old; never after a failure), but not {ids} (expiring after the new one)', zh: '然后：删除已不再使用的旧证书（--delete-old；有失败时不删除），但不删除比新证书更晚到期的 {ids}' },
  planNotify: { en: 'then: turn off the expiry e-mails of the old certificates nothing uses any more (--disable-notifications)', zh: '然后：关闭已不再使用的旧证书的到期通知（--disable-notifications）' },
  dryRun: { en: 'dry run: nothing was uploaded, deployed or deleted', zh: '试运行：没有上传、部署或删除任何内容' },

  // The results
  uploaded: { en: 'uploaded {name} as {id}', zh: '已上传 {name}，ID 为 {id}' },
  // Under -q, a rerun that finds the files in SCM: the id last, as in `uploaded`, for the renewal hooks to read.
  heldAlready: { en: 'in SCM already (not uploaded again): {name} as {id}', zh: '已在 SCM 中（未再次上传）：{name}，ID 为 {id}' },
  nothingToDo: { en: 'nothing to do: every resource the old certificates were on uses {new}', zh: '无需操作：旧证书原来所在的资源都已使用 {new}' },
  noOldRead: { en: 'no other certificate that scm could read from SCM covers {domain}: {new} replaced none of them', zh: 'scm 能从 SCM 读取到的证书中没有其他证书涵盖 {domain}：{new} 没有替换任何证书' },
  nothingToDoNoOld: { en: 'nothing to do: no other certificate in SCM covers {domain}, so {new} replaces none', zh: '无需操作：SCM 中没有其他证书涵盖 {domain}，{new} 无需替换任何证书' },
  oldLine: { en: '{id}: {what}', zh: '{id}：{what}' },
  // Deleted already (by an earlier --delete-old, or by anyone) or never held: SCM cannot tell which.
  notHeld: { en: 'not in SCM (deleted already, or not an id SCM holds): nothing was done with it', zh: 'SCM 中没有（可能已被删除，或不是 SCM 中的证书 ID）：未对它做任何操作' },
  notificationsOff: { en: 'expiry e-mails turned off', zh: '已关闭到期通知' },
  notificationsStillOn: { en: 'expiry e-mails still on: turning them off failed (scm notify off {id})', zh: '到期通知仍然开启：关闭失败（`scm notify off {id}`）' },
  notifyFailed: {
    en: 'the expiry e-mails of {ids} could not be turned off: {why}; they are still on',
    zh: '无法关闭 {ids} 的到期通知：{why}；通知仍然开启',
  },
  notifyFailedHint: {
    en: 'everything else is done; scm notify off {ids} turns them off, as does the same command run again',
    zh: '其余步骤均已完成；运行 `scm notify off {ids}` 即可关闭，再次运行同一命令也可以',
  },
  complete: {
    en: (p) => `every resource uses ${p.new}: ${p.deployed} deployed, ${p.unchanged} unchanged${Number(p.pushed) > 0 ? `, and pushed to CDN's certificate store` : ''}${movedEn(p)}`,
    zh: (p) => `所有资源都已使用 ${p.new}：部署 ${p.deployed} 个，未变 ${p.unchanged} 个${Number(p.pushed) > 0 ? '，并已推送到 CDN 证书库' : ''}${movedZh(p)}`,
  },
  // --domain from a list read in part: every resource of the old certificates read, not every one of the domain.
  completeRead: {
    en: (p) => `every resource of the old certificates scm could read uses ${p.new}: ${p.deployed} deployed, ${p.unchanged} unchanged${Number(p.pushed) > 0 ? `, and pushed to CDN's certificate store` : ''}${movedEn(p)}`,
    zh: (p) => `scm 能读取到的旧证书的所有资源都已使用 ${p.new}：部署 ${p.deployed} 个，未变 ${p.unchanged} 个${Number(p.pushed) > 0 ? '，并已推送到 CDN 证书库' : ''}${movedZh(p)}`,
  },
  failed: {
    en: (p) => `rotation failed for ${p.failed} of ${plural(Number(p.count), 'resource')}: ${p.list}; the old certificates were kept`,
    zh: '{count} 个资源中有 {failed} 个部署失败：{list}；旧证书已保留',
  },
  // A request failed and the check after the others failed too: what SCM accepted is not verified.
  failedUnverified: {
    en: (p) => `rotation failed for ${p.failed} of ${plural(Number(p.count), 'resource')}: ${p.list}; SCM accepted ${p.new} for ${p.accepted} more, but the look-up of where the certificates are deployed now failed, so it is not verified: ${p.why}; the old certificates were kept`,
    zh: '{count} 个资源中有 {failed} 个部署失败：{list}；另有 {accepted} 个资源 SCM 已接受 {new}，但查询证书现在部署位置的请求失败，尚未核实：{why}；旧证书已保留',
  },
  failedUnverifiedHint: {
    en: 'some deployments were accepted; run the same command again once SCM answers: it checks where each certificate is, deploys only what is left, then deals with the old certificates',
    zh: '部分部署已被接受；SCM 恢复响应后再次运行同一命令即可：它会先核实每张证书的部署位置，只部署剩下的资源，再处理旧证书',
  },
  failedUnverifiedHintHook: {
    en: 'some deployments were accepted; once SCM answers, run {cmd} (the hook is not run again for this certificate): it checks where each certificate is, deploys only what is left, then deals with the old certificates',
    zh: '部分部署已被接受；SCM 恢复响应后运行 `{cmd}` 即可（不会为这张证书再次运行钩子）：它会先核实每张证书的部署位置，只部署剩下的资源，再处理旧证书',
  },
  listItem: { en: '{service} {region} {resource} ({message})', zh: '{service} {region} {resource}（{message}）' },
  failedHint: { en: 'run the same command again once that is fixed: it deploys only what is left', zh: '请在问题解决后再次运行同一命令：只会部署剩下的资源' },
  // Under a renewal hook: the hook is not run again for this certificate, so the command to run by hand.
  networkHintHook: { en: 'in a minute, run {cmd} (the hook is not run again for this certificate): it looks first and deploys only what is missing', zh: '一分钟后运行 `{cmd}`（不会为这张证书再次运行钩子）：它会先查询，只部署缺少的部分' },
  failedHintHook: { en: 'once that is fixed, run {cmd} (the hook is not run again for this certificate): it deploys only what is left', zh: '问题解决后运行 `{cmd}`（不会为这张证书再次运行钩子）：只会部署剩下的资源' },
  incomplete: {
    en: (p) => `not every resource is known to use ${p.new}: ${p.list}`,
    zh: '不能确定所有资源都已使用 {new}：{list}',
  },
  // How a run that cannot say every resource uses the new certificate ends (ending-messages.ts).
  ...ENDINGS,
} satisfies Messages;
