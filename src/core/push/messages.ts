// The sentences of the push checks (src/core/push/index.ts) that are not rule titles or fixes.
import type { Messages } from '../i18n.js';

export const M = {
  noProject: { en: 'no --project given for {service}', zh: '推送到{service}时没有指定 --project' },
} satisfies Messages;
