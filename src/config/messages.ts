// What the settings code says: bad config files, files it ignores or refuses and why, credentials that do
// not pair up, an endpoint or region scm cannot use. Never a value from a file but an endpoint's (credentials
// in one are refused without quoting it): a config file may hold a secret.
import { quotedZh, type Messages } from '../core/i18n.js';

export const M = {
  notObject: { en: 'config file {path}: expected an object of settings', zh: '配置文件 {path}：内容应是一组设置（键和值）' },
  notString: { en: "config file {path}: '{key}' must be a string", zh: '配置文件 {path}：“{key}”的值必须是字符串' },
  badTimeout: { en: "config file {path}: '{key}' must be a number of seconds above 0 and at most {max}", zh: '配置文件 {path}：“{key}”的值必须是大于 0 且不超过 {max} 的秒数' },
  badRetries: { en: "config file {path}: '{key}' must be a whole number from 0 to {max}", zh: '配置文件 {path}：“{key}”的值必须是 0～{max} 之间的整数' },
  notLang: { en: "config file {path}: '{key}' must be en or zh", zh: '配置文件 {path}：“{key}”只能是 en 或 zh' },
  badEnterpriseProject: {
    en: `config file {path}: '{key}' must be "0", "{all}" or an ID like {example}`,
    zh: '配置文件 {path}：“{key}”必须是“0”、“{all}”或形如 {example} 的 ID',
  },
  unknownKey: { en: "config file {path}: unknown setting '{key}'", zh: '配置文件 {path}：未知的设置项“{key}”' },
  unknownKeySuggest: { en: "config file {path}: unknown setting '{key}' (did you mean {suggestion}?)", zh: '配置文件 {path}：未知的设置项“{key}”（是不是要写“{suggestion}”？）' },
  // A key that is no plain name (`sk:SECRET`, or the same text as a value of the file) is not quoted: it may be a secret.
  unknownKeyUnsafe: { en: 'config file {path}: a setting name that is not valid (not quoted: it may hold a secret)', zh: '配置文件 {path}：有一个无效的设置项名称（未引用原文：其中可能含有密钥）' },
  knownKeys: { en: 'known settings: {keys}', zh: (p) => `可用的设置项：${quotedZh(String(p.keys))}` },
  codeThrew: { en: 'bad config file {path}: running it threw an error ({name})', zh: '配置文件 {path} 有误：运行时抛出了错误（{name}）' },
  codeThrewHint: { en: 'run it with `node` to see the error, fix it, or use a YAML or JSON file instead', zh: '请用 `node` 运行该文件查看错误并修正，或改用 YAML 或 JSON 配置文件' },
  unparsable: { en: 'bad config file {path}: cannot be parsed', zh: '配置文件 {path} 有误：无法解析' },
  unparsableAt: { en: 'bad config file {path}: cannot be parsed at line {line}, column {column}', zh: '配置文件 {path} 有误：第 {line} 行第 {column} 列无法解析' },
  duplicateKeyNamed: {
    en: "bad config file {path}: '{key}' is given twice (line {line}, column {column}); which value counts would be a guess",
    zh: '配置文件 {path} 有误：“{key}”出现了两次（第 {line} 行第 {column} 列），无法确定以哪个值为准',
  },
  duplicateKey: {
    en: 'bad config file {path}: a key is given twice (line {line}, column {column}); which value counts would be a guess',
    zh: '配置文件 {path} 有误：有一个键出现了两次（第 {line} 行第 {column} 列），无法确定以哪个值为准',
  },
  invalidJson: { en: ' (invalid JSON)', zh: '（JSON 格式错误）' },
  invalidYaml: { en: ' (invalid YAML)', zh: '（YAML 格式错误）' },
  fixOrRemove: { en: 'fix or remove the file; settings: {keys}', zh: (p) => `请修正或删除该文件；可用的设置项：${quotedZh(String(p.keys))}` },
  importsRefused: {
    en: 'bad config file {path}: it has $import, which only a file named with --config may use (a file found by searching is read alone: another file would escape the checks scm makes on config files)',
    zh: '配置文件 {path} 有误：其中有 $import，只有用 --config 指定的配置文件才能使用（搜索到的配置文件只单独读取：被引入的文件会绕过 scm 对配置文件的检查）',
  },
  importNotName: {
    en: 'bad config file {path}: $import must be a file name or a list of file names',
    zh: '配置文件 {path} 有误：$import 的值必须是一个文件名或一组文件名',
  },
  importNotNameHint: {
    en: 'for example `$import: ./common.yaml` or `$import: [./a.yaml, ./b.yaml]`; a name is relative to the file that has the $import',
    zh: '例如 `$import: ./common.yaml` 或 `$import: [./a.yaml, ./b.yaml]`；文件名相对于含有该 $import 的文件所在的目录',
  },
  // {code}: the code file an $import leads to (at any depth); {path}: the file named with --config.
  importedCode: {
    en: 'refusing to run {code}: config file {path} leads to it with $import, and scm runs code only from the file named with --config or SCM_CONFIG itself',
    zh: '拒绝运行 {code}：配置文件 {path} 经由 $import 引入了它，而 scm 只运行用 --config 或 SCM_CONFIG 直接指定的那个代码文件',
  },
  // {chain}: the files from the named one to the file imported again, joined by ' -> '; {path}: the file whose
  // $import leads back, {back}: the file it names.
  circularImport: { en: 'circular $import in config file {path}: {chain}', zh: '配置文件 {path} 中的 $import 形成了循环：{chain}' },
  circularImportHint: {
    en: 'a config file may not import itself, directly or through other files: remove the $import in {path} that names {back}',
    zh: '配置文件不能直接或经由其他文件引入自身：请删除 {path} 中引入 {back} 的 $import',
  },
  unknownFormat: {
    en: 'bad config file {path}: scm cannot read a file ending in {ext}; a config file is JSON (.json), YAML (.yaml, .yml, or no extension) or, named with --config, JavaScript or TypeScript (.js, .cjs, .mjs, .ts)',
    zh: '配置文件 {path} 有误：scm 无法读取扩展名为 {ext} 的文件；配置文件须为 JSON（.json）、YAML（.yaml、.yml 或无扩展名），用 --config 指定时也可为代码文件（.js、.cjs、.mjs、.ts）',
  },
  changedWhileRead: {
    en: 'config file {path} changed while scm was reading it (a file or a symbolic link on its way was replaced); nothing of it was used',
    zh: '配置文件 {path} 在 scm 读取期间被改动（途经的文件或符号链接被替换）；其中的内容均未使用',
  },
  permissionDenied: { en: 'cannot read config file {path}: permission denied', zh: '无法读取配置文件 {path}：权限不足' },
  tsNoWrite: {
    en: 'cannot load config file {path}: a TypeScript config is compiled to a file beside it, and {dir} cannot take one ({why})',
    zh: '无法加载配置文件 {path}：.ts 配置需要先编译成同一目录下的另一个文件，而 {dir} 中无法写入（{why}）',
  },
  tsNoWriteHint: {
    en: 'write the config as .js, .mjs, JSON or YAML (no compiling needed), or keep the .ts file in a folder you can write to',
    zh: '请把配置改写为 .js、.mjs、JSON 或 YAML 格式（无需编译），或把 .ts 文件放到你有写权限的目录中',
  },
  tsconfigDistrust: {
    en: 'refusing to compile config file {path} with {tsconfig}, the tsconfig.json above it: {why}; its options decide what the compiled config imports and runs with your credentials in reach',
    zh: '拒绝用 {tsconfig} 编译配置文件 {path}（这是它上级目录中的 tsconfig.json）：{why}；它的选项决定编译后的配置会导入并运行哪些代码，而这些代码能接触到你的凭证',
  },
  tsconfigTooLarge: { en: 'it is {size} bytes, more than the {max} scm reads', zh: '它有 {size} 字节，超过了 scm 读取的上限 {max} 字节' },
  tsconfigHint: {
    en: 'put a tsconfig.json of your own in {dir}, beside the config (TypeScript then looks no further), or write the config as .js, .mjs, JSON or YAML (no compiling needed)',
    zh: '请在配置文件所在的目录 {dir} 中放一个你自己的 tsconfig.json（这样就不会再往上查找），或把配置改写为 .js、.mjs、JSON 或 YAML 格式（无需编译）',
  },
  noWriteDenied: { en: 'permission denied', zh: '权限不足' },
  noWriteReadOnly: { en: 'the file system is read-only', zh: '文件系统是只读的' },
  noWriteFull: { en: 'no space left on the device', zh: '设备上没有剩余空间' },
  needsTypescript: {
    en: 'config file {path}: a .ts config needs the {pkg} package ({command}); or write it as .js or JSON',
    zh: '配置文件 {path}：.ts 配置需要先安装 {pkg} 包（`{command}`），也可以改写成 .js 或 JSON 格式',
  },
  secretReadable: {
    en: 'config file {path} holds {keys} and is readable by others (mode {mode}); run: {command}',
    zh: (p) => `配置文件 ${p.path} 含有${quotedZh(String(p.keys))}，其他用户却可以读取（权限 ${p.mode}）；请执行：\`${p.command}\``,
  },
  secretInPackageJson: {
    en: '{path} holds {keys} in its "scm" key and is readable by others (mode {mode}); a package.json is usually committed and published: move {keys} to your user file (~/.config/scm/config.yaml, chmod 600) or to the environment',
    zh: (p) => `${p.path} 的“scm”键中含有${quotedZh(String(p.keys))}，其他用户却可以读取（权限 ${p.mode}）；package.json 通常会被提交和发布：请把它们移到你的用户配置文件（~/.config/scm/config.yaml，权限 600）或环境变量中`,
  },
  halfPairFile: { en: 'config file {path} has {has} but not {missing}', zh: '配置文件 {path} 只有“{has}”，缺少“{missing}”' },
  halfPairEnv: { en: '{set} is set but {unset} is not', zh: '已设置 {set}，但没有设置 {unset}' },
  halfPairHint: { en: 'set both halves of the AK/SK pair', zh: 'AK 和 SK 需要成对设置' },
  // A credential or id a header cannot carry (header-values.ts): where it came from, never the value.
  notHeaderText: {
    en: '{name} cannot be sent: its character {at} is {what}, which an HTTP header cannot carry; nothing was sent',
    zh: '{name} 无法发送：它的第 {at} 个字符是 {what}，HTTP 请求头中不能包含这样的字符；没有发送任何请求',
  },
  notHeaderTextHint: {
    en: 'set it again on one line, without invisible characters (a token or key copied from a web page or a wrapped terminal can bring them along)',
    zh: '请重新设置，写在一行内且不含不可见字符（从网页或自动换行的终端复制的 Token 或密钥可能夹带这类字符）',
  },
  headerLineBreak: { en: 'a line break', zh: '换行符' },
  headerControl: { en: 'the control character {code}', zh: '控制字符 {code}' },
  headerZeroWidth: { en: '{code} (a zero-width space, invisible)', zh: '{code}（零宽空格，不可见）' },
  headerBom: { en: '{code} (a byte order mark, invisible)', zh: '{code}（BOM 字节顺序标记，不可见）' },
  // Where a setting came from, in a sentence ("endpoint in /p/.scmrc: ...").
  keyInFile: { en: '{key} in {path}', zh: '{path} 中的“{key}”' },
  defaultSource: { en: 'default', zh: '默认值' },
  derivedFrom: { en: 'derived from {from}', zh: '由 {from} 推算' },
  pairInFile: { en: '{pair} in {path}', zh: '{path} 中的“{pair}”' },

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

/** The endpoint setting (endpoint.ts). */
export const EP = {
  noScheme: { en: "{from}: '{value}' has no scheme (http:// or https://)", zh: '{from}：“{value}”没有写明协议（http:// 或 https://）' },
  noSchemeHint: { en: 'a local emulator speaks plain HTTP: use http://{value}', zh: '本机模拟器使用明文 HTTP：请写成 http://{value}' },
  unknownRegion: { en: "unknown SCM region '{region}'{suggest}", zh: '未知的 SCM 区域“{region}”{suggest}' },
  unknownRegionFrom: { en: "{from}: unknown SCM region '{region}'{suggest}", zh: '{from}：未知的 SCM 区域“{region}”{suggest}' },
  unknownRegionHint: {
    en: 'SCM has one endpoint per site: {sites} (CN-Hong Kong and other international regions use ap-southeast-1); or give --endpoint URL',
    zh: 'SCM 每个站点只有一个终端节点：{sites}（中国-香港及其他国际区域请用 ap-southeast-1）；也可以用 --endpoint 指定 URL',
  },
  notUrl: { en: "{from}: '{value}' is not a URL", zh: '{from}：“{value}”不是 URL' },
  notUrlHint: { en: 'give a URL such as https://scm.cn-north-4.myhuaweicloud.com', zh: '请写成 URL，例如 https://scm.cn-north-4.myhuaweicloud.com' },
  plainHttp: {
    en: '{from}: plain http is accepted only for loopback hosts (a local emulator), not {host}',
    zh: '{from}：只有环回地址（本机模拟器）可以使用明文 http，{host} 不行',
  },
  useHttps: { en: 'use {url}', zh: '请改用 {url}' },
  badProtocol: { en: "{from}: '{protocol}' is not http or https", zh: '{from}：“{protocol}”既不是 http，也不是 https' },
  credentialsInUrl: {
    en: '{from}: credentials in the URL are not accepted; use HUAWEICLOUD_SDK_AK/SK or SCM_AUTH_TOKEN',
    zh: '{from}：URL 中不能带凭证；请使用 HUAWEICLOUD_SDK_AK/SK 或 SCM_AUTH_TOKEN',
  },
  apiPathInUrl: {
    en: '{from}: the endpoint ends in the API path {path}, which scm adds to every request itself',
    zh: '{from}：终端节点以 API 路径 {path} 结尾，而 scm 会在每个请求中自行加上这段路径',
  },
  useUrl: { en: 'give the endpoint without it: {url}', zh: '请去掉这段路径：{url}' },
  queryInUrl: { en: '{from}: the endpoint must not carry a query or fragment', zh: '{from}：终端节点 URL 不能带查询参数或片段（? 或 #）' },
} satisfies Messages;
