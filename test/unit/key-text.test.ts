// A key Node cannot name is said in the reader's language in the chain lines and the mismatch finding; the
// summary's `key` (the JSON) stays English. Fixture: keytype-unknown.crt (SM2 with explicit curve parameters).
import { expect, it } from 'vitest';
import { keyText } from '../../src/core/validate/key-text.js';
import { check, describeFixtures } from '../helpers/fixtures.js';

it('keyText names only what Node does not, in both languages', () => {
  expect(keyText('unknown key type', 'zh')).toBe('未知密钥类型');
  expect(keyText('unknown key type', 'en')).toBe('unknown key type');
  expect(keyText('EC unknown curve', 'zh')).toBe('EC 未知曲线');
  expect(keyText('EC unknown curve', 'en')).toBe('EC unknown curve');
  expect(keyText('RSA 2048', 'zh')).toBe('RSA 2048');
  expect(keyText('unknown curve', 'zh')).toBe('unknown curve');
});

describeFixtures('a key type Node cannot name', () => {
  it('is Chinese in the zh chain lines (the JSON summary\'s too) and English in the summary\'s key', async () => {
    const zh = await check({ cert: 'keytype-unknown.crt', chain: 'rsa-chain.pem' }, { lang: 'zh' });
    expect(zh.certificate?.key).toBe('unknown key type');
    expect(zh.certificate?.chain[0]).toBe('CN=keytype.example.com（服务器证书，未知密钥类型）');
    expect(zh.chainText?.[0] ?? '').toContain('（服务器证书，未知密钥类型）');
  });
});
