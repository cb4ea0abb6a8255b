import type { CommandSpec } from './types.js';

export const completionSpec: CommandSpec = {
  name: 'completion',
  summary: 'print the shell completion script for bash, zsh or fish',
  args: [{ name: 'shell', description: 'bash, zsh or fish', required: true, complete: 'shell' }],
  options: [],
  examples: [
    { cmd: 'scm completion bash > /etc/bash_completion.d/scm', note: 'bash' },
    { cmd: 'scm completion zsh > "${fpath[1]}/_scm"', note: 'zsh' },
    { cmd: 'scm completion fish > ~/.config/fish/completions/scm.fish', note: 'fish' },
  ],
};
