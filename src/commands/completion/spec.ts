// `scm completion`: prints a static completion script generated from the command specs (./model.ts).
import type { CommandSpec } from '../types.js';
import { SHELLS } from './shells.js';

export const completionSpec: CommandSpec = {
  name: 'completion',
  summary: { en: 'print the shell completion script for bash, zsh or fish', zh: '输出 bash、zsh 或 fish 的命令补全脚本' },
  args: [{ name: 'shell', description: { en: `${SHELLS.slice(0, -1).join(', ')} or ${SHELLS.at(-1)}`, zh: `${SHELLS.slice(0, -1).join('、')} 或 ${SHELLS.at(-1)}` }, required: true, complete: 'shell' }],
  options: [],
  examples: [
    { cmd: 'scm completion bash > /etc/bash_completion.d/scm', note: { en: 'bash, for every user', zh: 'bash，所有用户' } },
    { cmd: 'scm completion zsh > "${fpath[1]}/_scm"', note: { en: 'zsh, into the first folder of $fpath', zh: 'zsh，放入 $fpath 的第一个目录' } },
    { cmd: 'scm completion fish > ~/.config/fish/completions/scm.fish', note: { en: 'fish, for the current user', zh: 'fish，当前用户' } },
    { cmd: 'source <(scm completion bash)', note: { en: 'try it in the current bash session', zh: '在当前 bash 会话中试用' } },
  ],
  load: () => import('./run.js'),
};
