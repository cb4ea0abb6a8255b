// `scm upload --push FOO`: the finding says what is wrong, its fix what to type. The Chinese fix once said the
// message again ('只能推送到 CDN、WAF 或 ELB：…' under '无法推送到“FOO”：只能推送到 CDN、WAF 或 ELB'); it tells
// the reader what to push to, with the targets to type, as the English does.
import { expect, it } from 'vitest';
import { checkPush } from '../../src/core/push/index.js';

it('upload --push FOO: the fix tells where to push, and does not repeat the message', () => {
  const [zh] = checkPush({ id: 'scs1700000000000', service: 'FOO', projects: [] }, 'zh', { uploadTarget: 'FOO' }).findings;
  expect(zh).toMatchObject({ rule: 'push-service', message: '无法推送到“FOO”：只能推送到 CDN、WAF 或 ELB' });
  expect(zh!.fix).toBe('请推送到 CDN、WAF 或 ELB，例如 --push CDN、--push WAF:cn-north-4 或 --push ELB:cn-north-4');
  const [en] = checkPush({ id: 'scs1700000000000', service: 'FOO', projects: [] }, 'en', { uploadTarget: 'FOO' }).findings;
  expect(en!.fix).toBe('push to CDN, WAF or ELB: --push CDN, --push WAF:cn-north-4 or --push ELB:cn-north-4');
});
