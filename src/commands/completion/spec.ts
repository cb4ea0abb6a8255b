// `scm completion`: prints a static completion script generated from the command specs (./model.ts).
import type { CommandSpec } from '../types.js';
import { SHELLS } from './shells.js';


export const completionSpec: CommandSpec = {
  name: 'completion',
  summary: 'print the shell completion script for bash, zsh or fish',
  args: [{ name: 'shell', description: SHELLS.join(', '), required: true, complete: 'shell' }],
  options: [],
  examples: [
    { cmd: 'scm completion bash > /etc/bash_completion.d/scm', note: 'bash' },
    { cmd: 'scm completion zsh > "${fpath[1]}/_scm"', note: 'zsh' },
    { cmd: 'scm completion fish > ~/.config/fish/completions/scm.fish', note: 'fish' },
    { cmd: 'source <(scm completion bash)', note: 'try it in the current bash session' },
  ],
  load: () => import('./run.js'),
};
