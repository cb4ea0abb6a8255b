// Two brackets never stand side by side in Chinese (docs/architecture.md): zh-typography checks the literals,
// but a remark put in brackets after a text made at run time met that text's own bracket: an API error's hint
// read '…（次数由 --retries 指定…）（详见 `scm explain APIGW.0308`）' for twelve catalogue fixes, and a push or a
// deployment whose outcome could not be checked '…（HTTP 504，请求 ID …）（无法确认是否已经生效）'.
import { describe, expect, it } from 'vitest';
import { describeApiError } from '../../src/api/error-text.js';
import { DP, R } from '../../src/api/row-messages.js';
import { N } from '../../src/api/exchange-messages.js';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { besideZh, t } from '../../src/core/i18n.js';
import { P as PM } from '../../src/core/push/messages.js';

describe('besideZh', () => {
  it('puts the remark in brackets after the text, or inside the bracket the text ends with, after ；', () => {
    expect(besideZh('请稍后再试', '详见 `scm explain X`')).toBe('请稍后再试（详见 `scm explain X`）');
    expect(besideZh('请重试（最多 3 次）', '详见 `scm explain X`')).toBe('请重试（最多 3 次；详见 `scm explain X`）');
    expect(besideZh(2, '说明')).toBe('2（说明）');
  });
});

describe('an API error in Chinese', () => {
  it('the hint of every catalogue code: the pointer to scm explain never stands beside the fix\'s own bracket', () => {
    const hints = CATALOGUE.flatMap((e) => [e.status, ...(e.variants ?? []).map((v) => v.status)].map((status) =>
      describeApiError({ operation: 'list', status, errorCode: e.code }, 'rejected', 'zh').hint ?? ''));
    expect(hints.filter((h) => h.includes('）（'))).toEqual([]);
    expect(hints.filter((h) => h.includes(`详见 \``)).length).toBeGreaterThan(30);
  });

  it('429: the fix\'s bracket takes the pointer after ；, the English keeps its own form', () => {
    const zh = describeApiError({ operation: 'list', status: 429, errorCode: 'APIGW.0308' }, 'unavailable', 'zh').hint;
    expect(zh).toMatch(/服务端要求等待更久时，scm 会停止并说明何时再试；详见 `scm explain APIGW\.0308`）$/);
    const en = describeApiError({ operation: 'list', status: 429, errorCode: 'APIGW.0308' }, 'unavailable', 'en').hint;
    expect(en).toMatch(/\(when the service asks for longer, scm stops and says when to try again\) \(more: scm explain APIGW\.0308\)$/);
  });

  it('a push or a deployment whose outcome could not be checked: the remark goes inside the error\'s bracket', () => {
    const error = 'SCM 未能推送：APIGW.0201 后端超时（HTTP 504，请求 ID 28d5）';
    expect(t('zh', R.failedUnchecked, { error })).toBe('SCM 未能推送：APIGW.0201 后端超时（HTTP 504，请求 ID 28d5；无法确认是否已经生效）');
    expect(t('zh', DP.failedUnchecked, { error: '连接失败' })).toBe('连接失败（无法确认是否已经生效）');
    expect(t('zh', DP.unknown, { error, why: 'SCM 无法确定' })).toBe('SCM 未能推送：APIGW.0201 后端超时（HTTP 504，请求 ID 28d5；SCM 无法确定：可能已经部署过，因此没有再次部署）');
    expect(t('en', R.failedUnchecked, { error: 'x (HTTP 504)' })).toBe('x (HTTP 504) (whether it took effect could not be checked)');
  });
});

describe('answers scm cannot read, and a region typo', () => {
  it('the request id\'s bracket never follows another: the detail is said after ：', () => {
    const ref = t('zh', N.requestId, { id: 'abc' });
    const said = [
      t('zh', N.noCertificates, { ref }),
      t('zh', N.otherCertificate, { value: '“scs1700000000001”', ref }),
      t('zh', N.codingUnknown, { op: '列出证书', status: 200, coding: 'zstd', ref }),
      t('zh', N.codingCorrupt, { op: '列出证书', status: 200, coding: 'gzip', why: 'incorrect header check', ref }),
    ];
    expect(said.filter((s) => s.includes('）（'))).toEqual([]);
    expect(said[1]).toBe('SCM 对 `ShowCertificate` 的应答是另一张证书的详情：“scs1700000000001”（请求 ID abc）');
  });

  it('a project that is no known region, with a suggestion', () => {
    expect(t('zh', PM.projectUnknown, { project: 'cn-nort-4', suggest: '（是不是要输入 cn-north-4？）' })).toBe('“cn-nort-4”既不是已知的区域，也不是“区域_子项目”形式（是不是要输入 cn-north-4？）');
  });
});
