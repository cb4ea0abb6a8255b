// `scm config` as data: what it shows, its options, its examples (both languages).
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const configSpec: CommandSpec = {
  name: 'config',
  summary: {
    en: 'show the effective settings (endpoint, credentials, timeouts ...) and where each comes from',
    zh: '显示生效的设置（终端节点、凭证、超时等）及每一项的来源',
  },
  args: [],
  options: [
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document (secrets masked there too)', zh: '输出一个 JSON 文档（其中的密钥同样打码）' } },
  ],
  examples: [
    { cmd: 'scm config', note: { en: 'every setting, its value (secrets masked) and its source', zh: '每项设置的值（密钥打码）及其来源' } },
    { cmd: "scm config --json | jq -r '.settings.endpoint.value'", note: { en: 'the endpoint an upload would use', zh: '上传时会用到的终端节点' } },
    { cmd: 'SCM_ENDPOINT=http://127.0.0.1:8443 scm config', note: { en: 'check what an override changes', zh: '看看覆盖某项设置后有何变化' } },
    { cmd: 'scm config --config /etc/scm/prod.yaml', note: { en: 'the settings of a file you name (no search)', zh: '查看指定配置文件中的设置（不再查找）' } },
  ],
  load: () => import('./run.js'),
};
