// Options shared by every command that calls the SCM API (one definition for help, completions and parsing).
import type { OptionSpec } from '../types.js';

export const API_OPTIONS: OptionSpec[] = [
  { flags: '--region <region>', description: { en: 'SCM site: cn-north-4 (default), ap-southeast-1, my-kualalumpur-1, eu-west-101', zh: 'SCM 站点：cn-north-4（默认）、ap-southeast-1、my-kualalumpur-1、eu-west-101' }, complete: 'site' },
  { flags: '--endpoint <url>', description: { en: 'SCM endpoint URL (overrides --region, $SCM_ENDPOINT and the config file; plain http only to loopback hosts)', zh: 'SCM 终端节点 URL（优先于 --region、$SCM_ENDPOINT 和配置文件；只有环回地址可以使用 http）' }, complete: 'none' },
  { flags: '--timeout <seconds>', description: { en: 'per-request timeout in seconds (default 30; at most 3600)', zh: '每个请求的超时时间，单位为秒（默认 30；最多 3600）' }, complete: 'none' },
  { flags: '--retries <n>', description: { en: 'retries on 408, 429, 5xx and connection errors (default 3; 0-10)', zh: '遇到 408、429、5xx 和连接错误时的重试次数（默认 3；可取 0～10）' }, integer: true, complete: 'none' },
];
