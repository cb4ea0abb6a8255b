// Why the emulator refuses a fault (--fault, POST /_emulator/faults), a seed (POST /_emulator/seed) or a state
// file (--state), in English and Chinese. The admin API answers in English; `scm emulator` says them in the
// user's language (problem.ts carries the message and its parameters); and its request log (LOG).
import { quotedZh, type Lang, type Messages, type Params } from '../core/i18n.js';
import { errnoSaid } from '../io/errno.js';

const quoted = (p: Params, key: string): string => quotedZh(String(p[key]));
/** A file that could not be read ({code}, {words}: state-file.ts), said with the errno table (src/io/errno.ts). */
const unread = (p: Params, lang: Lang): string => errnoSaid(String(p.code), String(p.words), lang);

/** What a path that is no regular file is ({kind}: state-file.ts): never opened for reading. */
const KINDS: Record<string, { en: string; zh: string }> = {
  fifo: { en: 'a named pipe (FIFO)', zh: '命名管道（FIFO）' },
  device: { en: 'a device', zh: '设备' },
  socket: { en: 'a socket', zh: '套接字' },
};
const kind = (p: Params, lang: Lang): string => (KINDS[String(p.kind)] ?? KINDS.device!)[lang];

export const EM = {
  // Faults
  faultNumber: { en: "fault field '{name}' must be a whole number from {min} to {max}", zh: '故障字段“{name}”必须是 {min}～{max} 之间的整数' },
  faultObject: { en: 'a fault is a JSON object such as {"op":"push","status":503,"times":2}', zh: '故障应是一个 JSON 对象，例如 {"op":"push","status":503,"times":2}' },
  faultUnknownField: { en: "unknown fault field '{name}' (known: {known})", zh: (p) => `未知的故障字段“${p.name}”（可用字段：${quoted(p, 'known')}）` },
  faultOp: { en: "fault field 'op' must be '*' or one of {ops}", zh: (p) => `故障字段“op”必须是“*”或以下之一：${quoted(p, 'ops')}` },
  faultCommit: { en: "fault field 'commit' must be true or false", zh: '故障字段“commit”只能是“true”或“false”' },
  faultCommitAlone: { en: "fault field 'commit' goes with 'status' or 'answer'", zh: '故障字段“commit”必须与“status”或“answer”一起使用' },
  faultString: { en: "fault field '{name}' must be a string", zh: '故障字段“{name}”必须是字符串' },
  faultAction: { en: "fault field 'action' must be one of {actions}", zh: (p) => `故障字段“action”必须是以下之一：${quoted(p, 'actions')}` },
  faultAnswer: { en: 'fault field \'answer\' must be an object {"status": 200, "body": {...}}', zh: '故障字段“answer”必须是对象，例如 {"status": 200, "body": {...}}' },
  faultFailResources: { en: "fault field 'fail_resources' must be a non-empty array of resource ids or CDN domains", zh: '故障字段“fail_resources”必须是非空数组，元素为资源 ID 或 CDN 域名' },
  faultEncoding: { en: "fault field 'encoding' must be one of {encodings}", zh: (p) => `故障字段“encoding”必须是以下之一：${quoted(p, 'encodings')}` },
  faultSeveral: { en: "a fault has one of 'status', 'action', 'answer' or 'fail_resources', not several", zh: '一个故障只能有“status”“action”“answer”“fail_resources”中的一个' },

  // Seeds (and state files, which become one); the admin API puts "seed: " before the English
  seedString: { en: "'{what}' must be a non-empty string", zh: '“{what}”必须是非空字符串' },
  seedDate: { en: "'{what}' is not a date", zh: '“{what}”不是日期' },
  // A synthetic certificate names its domain; one from PEM gives the PEM (a state file's `cert` becomes it).
  seedDomainOrPem: { en: "'{what}' must be a non-empty string, or give the certificate as '{pem}'", zh: '“{what}”必须是非空字符串，或者用“{pem}”给出证书' },
  seedObjects: { en: "'{what}' must be an array of objects", zh: '“{what}”必须是对象数组' },
  seedUnknownField: { en: "unknown field '{what}' (known: {known})", zh: (p) => `未知字段“${p.what}”（可用字段：${quoted(p, 'known')}）` },
  seedId: { en: "'{what}' must be scs followed by 13 digits", zh: '“{what}”必须是 scs 加 13 位数字' },
  seedBoolean: { en: "'{what}' must be true or false", zh: '“{what}”只能是“true”或“false”' },
  seedPem: { en: "'{what}' is not a PEM certificate", zh: '“{what}”不是 PEM 格式的证书' },
  seedShape: { en: 'expected {"certificates": [...], "resources": [...], "unreliable": [...]}', zh: '内容应为 {"certificates": [...], "resources": [...], "unreliable": [...]}' },
  seedIdTaken: { en: 'the certificate id {id} is given twice or already taken', zh: '证书 ID {id} 重复，或已被占用' },
  seedService: { en: '{what} must be one of {services}', zh: (p) => `${p.what} 必须是以下之一：${quoted(p, 'services')}` },
  seedRegion: { en: "{what} '{project}' is not a known region", zh: '{what} 的“{project}”不是已知的区域' },

  // State files
  stateFilePath: { en: '{what} must be a file path', zh: '{what} 必须是文件路径' },
  stateCannotReadFile: { en: (p) => `${p.what}: cannot read ${p.path}: ${unread(p, 'en')}`, zh: (p) => `${p.what}：无法读取 ${p.path}：${unread(p, 'zh')}` },
  stateCannotRead: { en: (p) => `cannot read it: ${unread(p, 'en')}`, zh: (p) => `无法读取该文件：${unread(p, 'zh')}` },
  stateNotJson: { en: 'not valid JSON (line {line}, column {column})', zh: '不是有效的 JSON（第 {line} 行第 {column} 列）' },
  stateShape: { en: 'expected {"certificates": [...], "resources": [...], "unreliable": [...]}', zh: '内容应为 {"certificates": [...], "resources": [...], "unreliable": [...]}' },
  stateCertificates: { en: "'certificates' must be an array", zh: '“certificates”必须是数组' },
  stateNoPem: { en: '{what} holds no PEM certificate', zh: '{what} 中没有 PEM 格式的证书' },
  stateNotRegular: {
    en: (p) => `it is ${kind(p, 'en')}, not a regular file; save the state to a file and give its path`,
    zh: (p) => `它是${kind(p, 'zh')}，不是普通文件；请把状态保存到文件中，再传入其路径`,
  },
  stateFileNotRegular: { en: (p) => `${p.what}: ${p.path} is ${kind(p, 'en')}, not a regular file`, zh: (p) => `${p.what}：${p.path} 是${kind(p, 'zh')}，不是普通文件` },
} satisfies Messages;

/** The request log `scm emulator` writes on stderr, one line per request: "GET /v3/scm/certificates -> 200". */
export const LOG = {
  fault: { en: ' (fault {fault})', zh: '（故障 {fault}）' },
  dropped: { en: 'dropped', zh: '已断开连接' },
  noId: { en: '200 (no id)', zh: '200（无 ID）' },
  faultAnswer: { en: '{status} (fault answer)', zh: '{status}（故障设定的应答）' },
  internal: { en: 'internal error: {why}', zh: '内部错误：{why}' },
} satisfies Messages;
