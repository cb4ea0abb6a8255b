// `--pfx` beside --cert, --key or --chain is refused in validate and upload alike. The Chinese once ended
// '两者只能选一种' ("pick one of the two") after naming four flags; it says they cannot be used together.
import { expect, it } from 'vitest';
import { t } from '../../src/core/i18n.js';
import { U } from '../../src/commands/upload/messages.js';
import { M } from '../../src/commands/validate/messages.js';

it('--pfx with --cert/--key/--chain: one message in validate and upload, in both languages', () => {
  for (const message of [M.pfxAndOthers, U.pfxAndOthers]) {
    expect(t('en', message)).toBe('--pfx replaces --cert, --key and --chain; give one or the other');
    expect(t('zh', message)).toBe('--pfx 代替 --cert、--key 和 --chain，不能与它们同时使用');
  }
});
