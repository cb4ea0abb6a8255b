// `scm emulator`: the command as data. Its demo credentials are public (docs/emulator.md), so help shows them.
import type { CommandSpec } from '../types.js';
import { DEMO_AK, DEMO_SK } from './demo.js';

export const emulatorSpec: CommandSpec = {
  name: 'emulator',
  summary: { en: 'run a local SCM API for demos and tests (no cloud account needed)', zh: '在本机运行模拟的 SCM API，用于演示和测试（无需云账号）' },
  args: [],
  options: [
    { flags: '--port <n>', description: { en: 'port on the loopback address 127.0.0.1 (0 or none: any free port)', zh: '监听环回地址 127.0.0.1 上的端口（0 或不指定：任选一个空闲端口）' }, integer: true, complete: 'none' },
    { flags: '--ak <ak>', description: { en: `access key to accept (default: $HUAWEICLOUD_SDK_AK, else the public demo key ${DEMO_AK})`, zh: `接受的 AK（默认：$HUAWEICLOUD_SDK_AK，未设置时为公开的演示 AK ${DEMO_AK}）` }, complete: 'none' },
    { flags: '--sk <sk>', description: { en: `its secret key (default: $HUAWEICLOUD_SDK_SK, else the public demo secret ${DEMO_SK})`, zh: `对应的 SK（默认：$HUAWEICLOUD_SDK_SK，未设置时为公开的演示 SK ${DEMO_SK}）` }, complete: 'none' },
    { flags: '--token <token>', description: { en: 'an X-Auth-Token to accept as well (default: $SCM_AUTH_TOKEN when set)', zh: '另外接受的 X-Auth-Token（默认：已设置时取 $SCM_AUTH_TOKEN）' }, complete: 'none' },
    { flags: '--fault <json>', description: { en: 'inject a fault, e.g. \'{"op":"push","status":503,"times":2}\' (repeatable; see docs/emulator.md)', zh: '注入故障，例如 `\'{"op":"push","status":503,"times":2}\'`（可重复；详见 docs/emulator.md）' }, repeatable: true, complete: 'none' },
    {
      flags: '--offset-unit <unit>', choices: ['items', 'pages'], complete: 'none',
      description: {
        en: 'what the offset of ListCertificates counts: items (certificates to skip, default) or pages; the docs do not say, clients must cope with both',
        zh: '查询证书列表接口中“offset”参数的含义：“items”（跳过的证书数，默认）或“pages”（跳过的页数）；官方文档没有说明，客户端须兼容两种',
      },
    },
    {
      flags: '--duplicate-check <mode>', choices: ['honour', 'ignore', 'inverted'], complete: 'none',
      description: {
        en: 'honour (default) refuses an import with duplicate_check=false of a certificate already stored; ignore stores it again, like a service that does not honour the flag; inverted refuses it under duplicate_check=true instead, as the Python SDK documents the flag since 2026-06',
        zh: '“honour”（默认）：对 duplicate_check=false 的导入，已存储的证书拒绝再次导入；“ignore”：照样再存一份，模拟不遵守该参数的服务；“inverted”：反过来读该参数，对 duplicate_check=true 的导入拒绝已存储的证书，即 2026 年 6 月起部分官方文档所写的含义',
      },
    },
    {
      flags: '--unknown-id-status <status>', choices: ['400', '404'], complete: 'none',
      description: {
        en: 'how an id SCM does not hold is answered: 400 SCM.0008 (default, what the service is known to send) or 404 (what its docs list for delete)',
        zh: '对 SCM 中不存在的证书 ID 如何应答：400 SCM.0008（默认，服务端已知的应答）或 404（其文档为删除接口列出的状态码）',
      },
    },
    {
      flags: '--state <file>', complete: 'file',
      description: {
        en: 'start from the account this JSON file describes: certificates from PEM files, where they are deployed (see docs/emulator.md)',
        zh: '从这个 JSON 文件描述的账号开始：证书取自 PEM 文件，并包含它们的部署位置（见 docs/emulator.md）',
      },
    },
    {
      flags: '--edge-port <n>', integer: true, complete: 'none',
      description: {
        en: 'also serve TLS on 127.0.0.1:N (0: any free port), choosing by SNI the certificate deployed for that name (CDN domain, or the ELB/WAF certificate covering it), for scm check',
        zh: '同时在 127.0.0.1 的该端口上提供 TLS 服务（0：任选空闲端口），按 SNI 选用该域名当前部署的证书（CDN 加速域名，或覆盖它的 ELB/WAF 证书），供 `scm check` 检查',
      },
    },
    { flags: '-q, --quiet', description: { en: 'no request log on stderr', zh: '不在标准错误输出中打印请求日志' } },
    { flags: '--json', description: { en: 'the listening line as a JSON object ({"url", "port", ...}); the log on stderr as JSON lines', zh: '监听信息输出为 JSON 对象（{"url", "port", ...}）；标准错误输出中的日志每行一个 JSON 对象' } },
  ],
  examples: [
    { cmd: 'scm emulator --port 8443 -q &', note: { en: 'start it in the background, without the request log', zh: '在后台启动，不打印请求日志' } },
    { cmd: `export SCM_ENDPOINT=http://127.0.0.1:8443 HUAWEICLOUD_SDK_AK=${DEMO_AK} HUAWEICLOUD_SDK_SK=${DEMO_SK}`, note: { en: 'point scm at it, with the public demo credentials', zh: '让 scm 连接模拟器，使用公开的演示凭证' } },
    { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name demo', note: { en: 'upload to it', zh: '上传到模拟器' } },
    { cmd: 'kill $!', note: { en: 'stop it (in the foreground: Ctrl-C)', zh: '停止模拟器（在前台运行时按 Ctrl-C）' } },
  ],
  load: () => import('./run.js'),
};
