// What the settings code says: bad config files, files it ignores or refuses and why, credentials that do
// not pair up, an endpoint or region scm cannot use. Never a value from a file but an endpoint's (credentials
// in one are refused without quoting it): a config file may hold a secret.
import { quotedZh, type Messages } from '../core/i18n.js';
import { TRUST } from './trust-messages.js';

export { HOW, WHO } from './trust-messages.js';

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
  // Files found or named and not used, and why (trust-messages.ts).
  ...TRUST,
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
