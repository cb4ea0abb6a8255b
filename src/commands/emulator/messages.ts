// What `scm emulator` itself says on stderr (the request log lines come from src/emulator/). The first stdout
// line, "scm emulator listening on URL", is read by scripts and stays the same in every language; a person
// reading another language is told the same on stderr (listening, edgeListening). (Why a
// --fault or --state is refused comes from src/emulator/messages.ts, in the user's language.)
import type { Messages } from '../../core/i18n.js';

export const M = {
  /** Before each line the emulator writes on stderr (request log, notes). */
  label: { en: 'emulator:', zh: '模拟器：' },
  accepting: { en: 'accepting AK {ak} (from {from}); admin API at {admin}; stop with Ctrl-C', zh: '接受 AK {ak}（来自 {from}）；管理接口 {admin}；按 Ctrl-C 停止' },
  acceptingToken: { en: 'accepting AK {ak} (from {from}) and an X-Auth-Token; admin API at {admin}; stop with Ctrl-C', zh: '接受 AK {ak}（来自 {from}）和一个 X-Auth-Token；管理接口 {admin}；按 Ctrl-C 停止' },
  fromDemo: { en: 'the public demo pair', zh: '公开的演示密钥对' },
  clientsNeed: { en: 'clients need: {exports}', zh: '客户端需要设置：{exports}' },
  stopped: { en: 'stopped', zh: '已停止' },
  listening: { en: 'listening on {url}', zh: '正在监听 {url}' },
  edgeListening: { en: 'TLS edge listening on {url}', zh: 'TLS 边缘节点正在监听 {url}' },
  portRange: { en: '--port {port}: ports go up to 65535', zh: '--port {port}：端口号最大为 65535' },
  edgePortRange: { en: '--edge-port {port}: ports go up to 65535', zh: '--edge-port {port}：端口号最大为 65535' },
  akWithSk: { en: 'give --ak and --sk together', zh: '--ak 和 --sk 必须同时指定' },
  faultJson: { en: '--fault: not valid JSON', zh: '--fault：不是合法的 JSON' },
  faultBad: { en: '--fault: {reason}', zh: '--fault：{reason}' },
  faultHint: { en: 'example: --fault \'{"op":"push","status":503,"times":2}\'', zh: '例如 `--fault \'{"op":"push","status":503,"times":2}\'`' },
  portInUse: { en: 'port {port} is in use', zh: '端口 {port} 已被占用' },
  portHint: { en: 'pick another --port, or --port 0 for any free port', zh: '请换一个 --port，或用 --port 0 任选一个空闲端口' },
  edgePortHint: { en: 'pick another --edge-port, or --edge-port 0 for any free port', zh: '请换一个 --edge-port，或用 --edge-port 0 任选一个空闲端口' },
  badState: { en: '--state {file}: {why}', zh: '--state {file}：{why}' },
  stateHint: { en: 'docs/emulator.md describes the state file', zh: '状态文件的格式见 docs/emulator.md' },
} satisfies Messages;
