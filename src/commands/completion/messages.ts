// What `scm completion` says besides the script.
import type { Messages } from '../../core/i18n.js';

export const M = {
  unknownShell: { en: "unknown shell '{shell}'", zh: '无法为“{shell}”生成补全脚本' },
  choose: { en: 'choose one of {shells}', zh: '可选：{shells}' },
  /** zsh's heading of the list of commands (with a descriptions format set). */
  commandsLabel: { en: '{program} command', zh: '{program} 命令' },
} satisfies Messages;
