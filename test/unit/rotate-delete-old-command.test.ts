// An old certificate nothing uses any more, after a rotation run by a command without --delete-old (`upload
// --rotate`): its line names the command that deletes it, in both languages; otherwise it says the flag.
import { describe, expect, it } from 'vitest';
import { cleanupText } from '../../src/core/rotate/index.js';

const NEW = 'scs1700000000009';
const OLD = 'scs1700000000001';

describe('cleanupText: an old certificate nothing uses, under a command without --delete-old', () => {
  const entry = { id: OLD, action: 'keep' as const, reason: 'not-asked' as const, notify: false };
  const cmd = `scm rotate --domain example.com --to ${NEW} --delete-old`;

  it('names the command that deletes it; without one, the flag', () => {
    expect(cleanupText(entry, 'en', cmd)).toBe(`no longer used (${cmd} deletes it)`);
    expect(cleanupText(entry, 'zh', cmd)).toBe(`已不再使用（运行 \`${cmd}\` 可删除）`);
    expect(cleanupText(entry, 'en')).toBe('no longer used (add --delete-old to delete it)');
    expect(cleanupText({ ...entry, reason: 'deployed' }, 'en', cmd)).toBe('kept: still used');
  });
});
