// What the settings code says of config files it did not use, or refused, because of where they lie or who
// could write them (search.ts, trust.ts, named.ts, warnings.ts): the clauses that say why, and who may write.
// messages.ts spreads TRUST into its M, so that every caller reads one table.
import type { Messages } from '../core/i18n.js';

export const TRUST = {
  // Files the search found and did not use, one line each.
  ignoredCode: {
    en: 'ignored {path}: scm never runs a config file it merely found; to use it, name it with --config {path} (or SCM_CONFIG)',
    zh: '已忽略 {path}：scm 不会运行搜索到的代码配置文件；确要使用时，请用 --config {path}（或 SCM_CONFIG）明确指定',
  },
  ignoredDotConfig: {
    en: 'ignored {path}: scm does not search .config/; move it to {suggested}, or name it with --config {path}',
    zh: '已忽略 {path}：scm 不在 .config/ 目录中查找配置；请把它移到 {suggested}，或用 --config {path} 指定',
  },
  ignoredDotConfigTargetExists: {
    en: 'ignored {path}: scm does not search .config/, and {suggested} already exists (moving it there would overwrite it): merge its settings into {suggested} by hand, or name it with --config {path}',
    zh: '已忽略 {path}：scm 不在 .config/ 目录中查找配置，而 {suggested} 已经存在（把它移过去会覆盖该文件）：请手动把其中的设置合并到 {suggested}，或用 --config {path} 指定',
  },
  ignoredNotFile: { en: 'ignored {path}: not a regular file', zh: '已忽略 {path}：不是普通文件' },
  ignoredTooLarge: {
    en: 'ignored config file {path}: it is {size} bytes, and scm reads config files of at most {max} bytes',
    zh: '已忽略配置文件 {path}：它有 {size} 字节，而 scm 只读取不超过 {max} 字节的配置文件',
  },
  ignoredOwner: {
    en: 'ignored config file {path}: it belongs to user {uid}, not to you or root',
    zh: '已忽略配置文件 {path}：它属于用户 {uid}，既不是你，也不是超级用户',
  },
  ignoredLinkOwner: {
    en: 'ignored config file {path}: a symbolic link made by user {uid}, not by you or root',
    zh: '已忽略配置文件 {path}：这是用户 {uid} 创建的符号链接，创建者既不是你，也不是超级用户',
  },
  // A link further along the way than the path itself, the folder such a link is in, or a folder further up;
  // {why} is one of the clauses below (whyChainLink, whyLinkDirOwner, whyLinkDirWritable, whyAbove*).
  ignoredBecause: { en: 'ignored config file {path}: {why}', zh: '已忽略配置文件 {path}：{why}' },
  ignoredWritable: {
    en: 'ignored config file {path}: {who} can change it (mode {mode}); if it is yours, run: {command}',
    zh: '已忽略配置文件 {path}：{who}可以修改它（权限 {mode}）；如果这是你的文件，请执行：`{command}`',
  },
  ignoredDirWritable: {
    en: 'ignored config file {path}: other users can write to its folder {dir} ({how})',
    zh: '已忽略配置文件 {path}：其他用户可以写入它所在的目录 {dir}（{how}）',
  },
  ignoredDirOwner: {
    en: 'ignored config file {path}: its folder {dir} belongs to user {uid}, not to you or root',
    zh: '已忽略配置文件 {path}：它所在的目录 {dir} 属于用户 {uid}，既不是你，也不是超级用户',
  },
  userFileRefused: {
    en: 'refusing config file {path}: any user on this machine can change it (mode {mode})',
    zh: '拒绝使用配置文件 {path}：本机任何用户都能修改它（权限 {mode}）',
  },
  runCommand: { en: 'run: {command}', zh: "请执行：`{command}`" },

  // Where requests go, when a config file decides it.
  foundEndpointRefused: {
    en: 'refusing endpoint {host} from {path}: a config file found by searching may send requests only to an SCM API host ({domains}) or to this machine; nothing was sent, credentials included',
    zh: (p) => `拒绝使用 ${p.path} 中的终端节点 ${p.host}：搜索到的配置文件只能把请求发往 SCM API 主机（${String(p.domains).split(', ').join('、')}）或本机；没有发出任何请求，凭证也没有发出`,
  },
  foundEndpointListener: {
    en: 'refusing endpoint {host} from {path}: user {uid}, not you or root, is listening on that port of this machine and would get every request, credentials and private keys included; nothing was sent',
    zh: '拒绝使用 {path} 中的终端节点 {host}：本机上监听该端口的是用户 {uid}，既不是你，也不是超级用户，它会收到每个请求，包括凭证和私钥；没有发出任何请求',
  },
  foundCredentialsRefused: {
    en: 'refusing credentials from {path}: a config file found by searching may not choose the account scm signs in to (an upload carries the private key); nothing was sent',
    zh: '拒绝使用 {path} 中的凭证：搜索到的配置文件不能决定 scm 登录哪个账号（上传会带上私钥）；没有发出任何请求',
  },
  foundCredentialsHint: {
    en: 'keep `ak`/`sk` in the user file ({userFile}) or in the environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK), or name the file with --config {path} (or SCM_CONFIG) to trust it',
    zh: '请把 `ak`/`sk` 放在用户配置文件（{userFile}）或环境变量（HUAWEICLOUD_SDK_AK、HUAWEICLOUD_SDK_SK）中，或用 --config {path}（或 SCM_CONFIG）明确指定该文件以表示信任',
  },
  foundScopeRefused: {
    en: 'refusing {key} from {path}: a config file found by searching may not choose the project or account scm signs in to; nothing was sent',
    zh: '拒绝使用 {path} 中的 {key}：搜索到的配置文件不能决定 scm 登录的项目或账号；没有发出任何请求',
  },
  foundScopeHint: {
    en: 'keep `{key}` with your credentials, in the user file ({userFile}) or in the environment ({env}), or name the file with --config {path} (or SCM_CONFIG) to trust it',
    zh: '请把 `{key}` 和凭证放在一起：用户配置文件（{userFile}）或环境变量 {env}，或用 --config {path}（或 SCM_CONFIG）明确指定该文件以表示信任',
  },
  foundEnterpriseProjectRefused: {
    en: 'refusing {key} from {path}: a config file found by searching may not choose the enterprise project an upload puts the certificate and its private key in (who may export them, who is billed); nothing was sent',
    zh: '拒绝使用 {path} 中的 {key}：搜索到的配置文件不能决定上传把证书及其私钥放进哪个企业项目（这决定谁能导出它们、费用记在哪里）；没有发出任何请求',
  },
  foundEnterpriseProjectHint: {
    en: 'pass --enterprise-project-id ID, keep `{key}` in the user file ({userFile}), or name the file with --config {path} (or SCM_CONFIG) to trust it',
    zh: '请用 --enterprise-project-id ID 指定，或把 `{key}` 放在用户配置文件（{userFile}）中，或用 --config {path}（或 SCM_CONFIG）明确指定该文件以表示信任',
  },
  foundEndpointHint: {
    en: 'to use this host, pass --endpoint URL (or set SCM_ENDPOINT), or name the file with --config {path} to trust it',
    zh: '确要使用该主机，请用 --endpoint URL（或 SCM_ENDPOINT）指定，或用 --config {path} 明确指定该文件以表示信任',
  },
  foundEndpointListenerHint: {
    en: 'if that server is yours (an emulator run as another user), pass --endpoint URL (or set SCM_ENDPOINT), or name the file with --config {path} to trust it; else ask who runs it',
    zh: '如果该服务确实是你的（以其他用户身份运行的模拟器），请用 --endpoint URL（或 SCM_ENDPOINT）指定，或用 --config {path} 明确指定该文件以表示信任；否则请查明是谁在运行它',
  },
  regionOverriddenByFlag: {
    en: '{region} from --region is not used: endpoint {host} from --endpoint takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, leave out --endpoint',
    zh: '--region 给出的区域 {region} 未被使用：--endpoint 给出的终端节点 {host} 优先（--endpoint > SCM_ENDPOINT > 配置文件 > 区域）；要使用该区域，请去掉 --endpoint',
  },
  regionOverriddenByEnv: {
    en: '{region} from {regionFrom} is not used: endpoint {host} from {name} takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, unset {name} or pass --endpoint',
    zh: '{regionFrom} 给出的区域 {region} 未被使用：{name} 中的终端节点 {host} 优先（--endpoint > SCM_ENDPOINT > 配置文件 > 区域）；要使用该区域，请删除环境变量 {name}，或用 --endpoint 指定',
  },
  regionOverridden: {
    en: '{region} from {regionFrom} is not used: endpoint {host} from {path} takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, pass --endpoint or remove {key} from the file',
    zh: '{regionFrom} 给出的区域 {region} 未被使用：{path} 中的终端节点 {host} 优先（--endpoint > SCM_ENDPOINT > 配置文件 > 区域）；要使用该区域，请用 --endpoint 指定，或从该文件中删除“{key}”',
  },

  // A file the user named (--config FILE, SCM_CONFIG=FILE).
  namedMissing: { en: 'config file {path} (named by {by}) does not exist', zh: '找不到配置文件 {path}（由 {by} 指定）' },
  // `--config -`: a pipe has no owner or mode to judge, and stdin may be the certificate (validate -).
  namedStdin: {
    en: '{by} -: scm does not read settings from standard input (for a file named -, write ./-)',
    zh: '{by} -：scm 不从标准输入读取设置（名为 - 的文件请写作 `./-`）',
  },
  namedStdinHint: {
    en: 'put the settings in a file and name it with --config FILE, or set them in the environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, SCM_ENDPOINT)',
    zh: '请把设置写进文件并用 `--config FILE` 指定，或在环境变量中设置（HUAWEICLOUD_SDK_AK、HUAWEICLOUD_SDK_SK、SCM_ENDPOINT）',
  },
  namedDenied: { en: 'cannot read config file {path} (named by {by}): permission denied', zh: '无法读取配置文件 {path}（由 {by} 指定）：权限不足' },
  namedNotFile: { en: 'config file {path} (named by {by}) is not a file', zh: '配置文件 {path}（由 {by} 指定）不是文件' },
  namedTooLarge: {
    en: 'config file {path} (named by {by}) is {size} bytes; scm reads config files of at most {max} bytes',
    zh: '配置文件 {path}（由 {by} 指定）有 {size} 字节；scm 只读取不超过 {max} 字节的配置文件',
  },
  // Why a named file could have been written by someone else, as a clause of the two sentences below.
  whyOwner: { en: 'it belongs to user {uid}, not to you or root', zh: '它属于用户 {uid}，既不是你，也不是超级用户' },
  whyLinkOwner: { en: 'it is a symbolic link made by user {uid}, not by you or root', zh: '它是用户 {uid} 创建的符号链接，创建者既不是你，也不是超级用户' },
  whyChainLink: {
    en: 'it leads through the symbolic link {link}, made by user {uid}, not by you or root',
    zh: '它经由用户 {uid} 创建的符号链接 {link}，创建者既不是你，也不是超级用户',
  },
  whyLinkDirOwner: {
    en: 'the symbolic link {link} on its way is in the folder {dir}, which belongs to user {uid}, not to you or root',
    zh: '它途经的符号链接 {link} 所在的目录 {dir} 属于用户 {uid}，既不是你，也不是超级用户',
  },
  whyLinkDirWritable: {
    en: 'the symbolic link {link} on its way is in the folder {dir}, which other users can write to ({how})',
    zh: '它途经的符号链接 {link} 所在的目录 {dir} 可被其他用户写入（{how}）',
  },
  // A folder above the file's own (or above a link's): who may write there may swap what is below it.
  whyAboveOwner: {
    en: 'the folder {dir} on its way belongs to user {uid}, not to you or root',
    zh: '它途经的目录 {dir} 属于用户 {uid}，既不是你，也不是超级用户',
  },
  whyAboveWritable: {
    en: 'other users can write to the folder {dir} on its way ({how})',
    zh: '其他用户可以写入它途经的目录 {dir}（{how}）',
  },
  whyWritable: { en: '{who} can change it (mode {mode})', zh: '{who}可以修改它（权限 {mode}）' },
  whyDirOwner: { en: 'its folder {dir} belongs to user {uid}, not to you or root', zh: '它所在的目录 {dir} 属于用户 {uid}，既不是你，也不是超级用户' },
  whyDirWritable: { en: 'other users can write to its folder {dir} ({how})', zh: '其他用户可以写入它所在的目录 {dir}（{how}）' },
  namedCodeRefused: {
    en: 'refusing to run config file {path} (named by {by}): {why}; its code would run with your credentials in reach',
    zh: '拒绝运行配置文件 {path}（由 {by} 指定）：{why}；运行它，就是让别人能改的代码接触到你的凭证',
  },
  namedCodeHint: {
    en: 'check the file; if it is what you want, make it yours and writable by you alone ({commands}), in a folder only you can write to',
    zh: (p) => `请先检查该文件；确认无误后，让它归你所有、只有你能写（${String(p.commands).split(', ').join('、')}），并放在只有你能写入的目录中`,
  },
  namedDataDistrust: {
    en: 'config file {path} (named by {by}): {why}, and scm does what it says (endpoint, credentials); check it is the file you meant',
    zh: '配置文件 {path}（由 {by} 指定）：{why}，而 scm 会照它的内容行事（终端节点、凭证）；请确认这是你要用的文件',
  },
  // A file a named file leads to with `$import` ({by} is byImport), with a clause above as {why}.
  byImport: { en: '$import in {from}', zh: '{from} 中的 $import' },
  importedDistrust: {
    en: 'refusing config file {path} (named by {by}): {why}; scm would do what it says (endpoint, credentials)',
    zh: '拒绝使用配置文件 {path}（由 {by} 指定）：{why}；scm 会照它的内容行事（终端节点、凭证）',
  },
  namedWorldWritable: {
    en: 'refusing config file {path} (named by {by}): any user on this machine can change it (mode {mode}), and scm would do what it says (endpoint, credentials)',
    zh: '拒绝使用配置文件 {path}（由 {by} 指定）：本机任何用户都能修改它（权限 {mode}），而 scm 会照它的内容行事（终端节点、凭证）',
  },
  namedWritable: {
    en: 'config file {path} can be changed by {who} (mode {mode}), and scm does what it says; run: {command}',
    zh: '配置文件 {path} 可以被{who}修改（权限 {mode}），而 scm 会照它的内容行事；请执行：`{command}`',
  },
} satisfies Messages;

/**
 * How others may write to a folder ({how} in the messages above): all users (no sticky bit), or its group,
 * which has members besides the user, or which /etc/group does not list.
 */
export const HOW = {
  others: { en: 'mode {mode}, no sticky bit', zh: '权限 {mode}，未设置粘滞位' },
  group: { en: 'mode {mode}, and its group {group} has other members: {members}', zh: (p) => `权限 ${p.mode}，且其所属组 ${p.group} 还有其他成员：${String(p.members).split(', ').join('、')}` },
  groupUnknown: {
    en: 'mode {mode}, and its group {group} is not in /etc/group, so who is in it cannot be told',
    zh: '权限 {mode}，且其所属组 {group} 不在 /etc/group 中，无法确定组里有谁',
  },
} satisfies Messages;

/** Who besides the owner may write a file: the worse of the two. */
export const WHO = {
  others: { en: 'other users', zh: '其他用户' },
  group: { en: 'its group', zh: '同组用户' },
} satisfies Messages;
