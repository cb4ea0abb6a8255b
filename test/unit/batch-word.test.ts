// A batch push's result message read as words (core/push/batch-word.ts): never a failure taken for a success,
// never an unclear answer taken for a failure (that would offer a re-push, a second copy).
import { describe, expect, it } from 'vitest';
import { batchWord } from '../../src/core/push/batch-word.js';

describe('batchWord', () => {
  it.each(['success', 'SUCCESS', ' Success. ', 'succeeded', 'Succeeded!', 'ok', 'OK', 'push success', 'Push_Success', 'pushed successfully', '成功', '推送成功', '推送成功！', '部署成功。', '"success"'])('%j is a success', (m) => {
    expect(batchWord(m)).toBe('success');
  });
  it.each(['推送失败', 'push failed', 'FAILED', 'failure', 'Invalid region id.', 'error', 'Push cert error', 'not supported', 'permission denied', '区域无效', '证书不存在', 'unsuccessful'])('%j is a failure', (m) => {
    expect(batchWord(m)).toBe('failure');
  });
  it.each(['', '   ', 'done', 'processing', 'accepted', 'timeout', '200', 'true', '[object Object]', 'success: 0, failed: 1', '推送失败，重试成功', 'not success', 'pending'])('%j is unclear', (m) => {
    expect(batchWord(m)).toBe('unclear');
  });
});
