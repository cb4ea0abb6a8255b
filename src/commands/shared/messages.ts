// Sentences every command may say: how an interrupted run ends (src/cli.ts).
import type { Messages } from '../../core/i18n.js';

export const S = {
  interrupted: { en: 'interrupted', zh: '已中断' },
  terminated: { en: 'terminated (SIGTERM)', zh: '已终止（SIGTERM）' },
} satisfies Messages;
