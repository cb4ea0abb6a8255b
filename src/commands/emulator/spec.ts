import type { CommandSpec } from '../types.js';

export const emulatorSpec: CommandSpec = {
  name: 'emulator',
  summary: 'run a local SCM API for demos and tests (no cloud account needed)',
  args: [],
  options: [
    { flags: '--port <n>', description: 'port on 127.0.0.1 (0 or none: any free port)', integer: true, complete: 'none' },
    { flags: '--ak <ak>', description: 'access key to accept (default: $HUAWEICLOUD_SDK_AK, else the demo key SCMEMULATORDEMOAK000)', complete: 'none' },
    { flags: '--sk <sk>', description: 'its secret key (default: $HUAWEICLOUD_SDK_SK, else the demo secret scm-emulator-demo-secret-0000000000000000)', complete: 'none' },
    { flags: '--token <token>', description: 'an X-Auth-Token to accept as well (default: $SCM_AUTH_TOKEN when set)', complete: 'none' },
    { flags: '--fault <json>', description: 'inject a fault, e.g. \'{"op":"push","status":503,"times":2}\' (repeatable; see docs/emulator.md)', repeatable: true, complete: 'none' },
    {
      flags: '--offset-unit <unit>', choices: ['items', 'pages'], complete: 'none',
      description: {
        en: 'what the offset of ListCertificates counts: items (certificates to skip, default) or pages; the docs do not say, clients must cope with both',
        zh: 'ListCertificates 的 offset 的含义：items（跳过的证书数，默认）或 pages（跳过的页数）；官方文档没有说明，客户端须兼容两种',
      },
    },
    {
      flags: '--duplicate-check <mode>', choices: ['honour', 'ignore'], complete: 'none',
      description: {
        en: 'honour (default) refuses an import with duplicate_check=false of a certificate already stored; ignore stores it again, like a service that does not honour the flag',
        zh: 'honour（默认）：对 duplicate_check=false 的导入，已存储的证书拒绝再次导入；ignore：照样再存一份，模拟不遵守该参数的服务',
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
    { flags: '-q, --quiet', description: 'no request log on stderr' },
    { flags: '--json', description: 'the listening line as a JSON object ({"url", "port", ...}); the log on stderr as JSON lines' },
  ],
  examples: [
    { cmd: 'scm emulator --port 8443', note: 'start the emulator (stop with Ctrl-C)' },
    { cmd: 'SCM_ENDPOINT=http://127.0.0.1:8443 scm upload --cert fullchain.pem --key privkey.pem --name demo', note: 'upload to it' },
    { cmd: 'scm emulator --fault \'{"op":"import","status":503,"times":1}\'', note: 'first import answers 503' },
    { cmd: 'curl -s http://127.0.0.1:8443/_emulator/state', note: 'what it received (admin API)' },
  ],
  load: () => import('./run.js'),
};
