// What `scm emulator` says about its --state file (the reason itself is the emulator's, in English, like
// the admin API's answers).
import type { Messages } from '../../core/i18n.js';

export const M = {
  badState: { en: '--state {file}: {why}', zh: '--state {file}：{why}' },
  stateHint: { en: 'docs/emulator.md describes the state file', zh: '状态文件的格式见 docs/emulator.md' },
} satisfies Messages;
