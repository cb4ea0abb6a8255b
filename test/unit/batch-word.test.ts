// A batch push's result message read as words (core/push/batch-word.ts): never a failure taken for a success,
// never an unclear answer taken for a failure (that would offer a re-push, a second copy).
import { describe, expect, it } from 'vitest';
import { batchObjection, batchWord } from '../../src/core/push/batch-word.js';

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

  // Another member of the row objecting to a success word: the row is no proven success.
  it.each([
    [{ error_code: 'SCM.0017' }, 'error_code=SCM.0017'],
    [{ error_msg: 'quota exceeded' }, 'error_msg=quota exceeded'],
    [{ status: 'FAILED' }, 'status=FAILED'],
    [{ result: 'error' }, 'result=error'],
    [{ success: false }, 'success=false'],
    [{ success: 'false' }, 'success=false'],
    [{ error_code: 'X.1', status: 'failed' }, 'error_code=X.1, status=failed'],
  ])('%j objects', (row, said) => {
    expect(batchObjection({ project_name: 'cn-north-4', cert_id: 'c', message: 'success', ...row })).toBe(said);
  });
  it.each([{}, { error_code: '' }, { error_code: null }, { error_code: 0 }, { error_msg: 'success' }, { status: 'success' }, { result: 'done' }, { success: true }])('%j does not object', (row) => {
    expect(batchObjection({ message: 'success', ...row })).toBe('');
  });
});
