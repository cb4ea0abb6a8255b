// `scm delete ID --force` when ListDeployedResources itself fails: --force deletes past an answer that cannot
// tell (is_error, resources counted but not listed), never without an answer. It still fails safe (nothing
// deleted, the failure's own exit code), and its hint now says that --force does not skip the lookup, before
// the failure's own advice (src/commands/delete/lookup.ts).
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { lookupFailed } from '../../src/commands/delete/lookup.js';
import { InterruptedError, NetworkError } from '../../src/errors.js';

const unavailable = (lang: 'en' | 'zh'): ScmApiError => new ScmApiError({ operation: 'deployed-resources', status: 503, errorCode: 'SCM.4001', errorMsg: 'Error accessing the PDP interface.', requestId: 'r1', lang });

describe('the lookup before a forced delete fails', () => {
  it('with --force: the same error and exit code, the hint saying --force needs the lookup, then the failure\'s own', () => {
    const e = unavailable('en');
    const own = e.hint!;
    const out = lookupFailed(e, { force: true, lang: 'en' }) as ScmApiError;
    expect(out).toBe(e);
    expect(out.exitCode).toBe(5);
    expect(out.hint).toBe(`--force does not skip this lookup: it deletes past a region SCM cannot count (is_error) or resources counted but not listed, but needs the lookup to answer; ${own}`);
    expect(out.toJSON().hint).toBe(out.hint);
  });

  it('in Chinese', () => {
    const e = unavailable('zh');
    const own = e.hint!;
    expect((lookupFailed(e, { force: true, lang: 'zh' }) as ScmApiError).hint).toBe(`--force 不会跳过这次查询：SCM 无法统计的区域（\`is_error\`）或只给出数量未列出的资源不会阻止它删除，但查询本身必须有结果；${own}`);
  });

  it('a failure without advice of its own gets the note alone', () => {
    const e = new NetworkError('connection refused');
    expect((lookupFailed(e, { force: true, lang: 'en' }) as NetworkError).hint).toBe('--force does not skip this lookup: it deletes past a region SCM cannot count (is_error) or resources counted but not listed, but needs the lookup to answer');
  });

  it('without --force, an interruption, or something that is no scm error: left as it is', () => {
    const e = unavailable('en');
    const own = e.hint;
    expect((lookupFailed(e, { force: false, lang: 'en' }) as ScmApiError).hint).toBe(own);
    const stop = new InterruptedError('interrupted');
    expect((lookupFailed(stop, { force: true, lang: 'en' }) as InterruptedError).hint).toBeUndefined();
    const bug = new TypeError('x');
    expect(lookupFailed(bug, { force: true, lang: 'en' })).toBe(bug);
    expect('hint' in bug).toBe(false);
  });
});
