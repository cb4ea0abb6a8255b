import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const configSpec: CommandSpec = {
  name: 'config',
  summary: { en: 'show the effective settings (endpoint, credentials, timeouts ...) and where each comes from', zh: '显示生效的设置（终端节点、凭证、超时等）及每项的来源' },
  args: [],
  options: [
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document (secrets masked there too)', zh: '输出一个 JSON 文档（其中的机密信息同样打码）' } },
  ],
  examples: [
    { cmd: 'scm config', note: { en: 'every setting, its value (secrets masked) and its source', zh: '每项设置的值（机密信息已打码）和来源' } },
    { cmd: "scm config --json | jq -r '.settings.endpoint.value'", note: { en: 'the endpoint an upload would use', zh: '上传时会使用的终端节点' } },
    { cmd: 'SCM_ENDPOINT=http://127.0.0.1:8443 scm config', note: { en: 'check what an override changes', zh: '查看用环境变量覆盖后的效果' } },
    { cmd: 'cd /srv/site && scm config', note: { en: 'which project file (.scmrc ...) applies here', zh: '查看此目录适用哪个项目配置文件（.scmrc 等）' } },
  ],
  load: () => import('./run.js'),
};
