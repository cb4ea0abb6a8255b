// Secrets where no secret should be (hunt6 finding 10): an SK in the AK variable (the pair swapped) is hidden
// like the SK, and an unknown setting is quoted only when its name is a plain name that is none of the file's
// values: `sk:SECRET:` on one line, or a key that repeats the file's sk, is "a setting name that is not valid".
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/config/schema.js';
import { envSecrets, looksLikeAccessKey, proxyPasswords } from '../../src/config/secret-env.js';
import { secretsOf } from '../../src/config/credentials.js';

const SK = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd';

describe('an SK in the AK variable', () => {
  it('is hidden like the SK; a real access key id is not', () => {
    expect(looksLikeAccessKey('SCMEMULATORDEMOAK000')).toBe(true);
    expect(looksLikeAccessKey(SK)).toBe(false);
    expect(envSecrets({ HUAWEICLOUD_SDK_AK: SK, HUAWEICLOUD_SDK_SK: 'SCMEMULATORDEMOAK000' })).toContain(SK);
    expect(envSecrets({ HW_ACCESS_KEY: SK })).toEqual([SK]);
    expect(envSecrets({ HUAWEICLOUD_SDK_AK: 'SCMEMULATORDEMOAK000' })).toEqual([]);
    expect(secretsOf({ kind: 'aksk', ak: SK, sk: 'SCMEMULATORDEMOAK000' })).toContain(SK);
    expect(secretsOf({ kind: 'aksk', ak: 'SCMEMULATORDEMOAK000', sk: SK })).toEqual([SK]);
  });
});

describe("a proxy URL's password", () => {
  it('is a secret in every form a proxy can echo: as written, decoded, and the Basic credentials', () => {
    const basic = (s: string): string => Buffer.from(s).toString('base64');
    expect(proxyPasswords('http://scm-user:s3cret%40pw@proxy.corp:3128')).toEqual(['s3cret%40pw', 's3cret@pw', basic('scm-user:s3cret@pw')]);
    expect(proxyPasswords('u:p@ss@proxy:3128')).toEqual(['p%40ss', 'p@ss', basic('u:p@ss')]);
    // No URL parser takes an unencoded '#': read up to the last '@'.
    expect(proxyPasswords('http://u:pa#ss@h:1')).toEqual(['pa#ss', 'pa#ss', basic('u:pa#ss')]);
    for (const none of ['http://proxy:3128', 'http://u@h', 'proxy.corp:3128', 'http://h:1/a@b']) expect(proxyPasswords(none)).toEqual([]);
    // A user name alone is the credential of a token-authenticated proxy, unless shorter than any secret.
    expect(proxyPasswords('http://tok%2Fen-12345@proxy:3128')).toEqual(['tok%2Fen-12345', 'tok/en-12345', basic('tok/en-12345:')]);
    expect(proxyPasswords('http://token-12345:@proxy:3128')).toEqual(['token-12345', 'token-12345', basic('token-12345:')]);
    for (const none of ['http://bob@h', 'http://bad host name:1', 'http://bad host name']) expect(proxyPasswords(none)).toEqual([]);
    expect(envSecrets({ https_proxy: 'http://u:long-password-1@h:1', HTTP_PROXY: 'http://v:other-pass-2@h:2' })).toEqual(expect.arrayContaining(['long-password-1', 'other-pass-2', basic('u:long-password-1')]));
  });
});

describe('an unknown setting', () => {
  const err = (raw: unknown, lang: 'en' | 'zh' = 'en'): string => {
    try {
      checkConfig(raw, '/p/.scmrc', lang);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };

  it('is quoted when it is a plain name, with a suggestion', () => {
    expect(err({ regoin: 'cn-north-4' })).toBe("config file /p/.scmrc: unknown setting 'regoin' (did you mean region?)");
    expect(err({ colour: 'red' })).toBe("config file /p/.scmrc: unknown setting 'colour'");
  });

  it('is never quoted when it may hold a secret: not a plain name, too long, or one of the file’s values', () => {
    const unsafe = 'config file /p/.scmrc: a setting name that is not valid (not quoted: it may hold a secret)';
    expect(err({ 'sk:SeCrEtVaLuE1234567890': null })).toBe(unsafe);
    expect(err({ sk: 'SeCrEtVaLuE1234567890', SeCrEtVaLuE1234567890: 'x' })).toBe(unsafe);
    expect(err({ [SK]: null })).toBe(unsafe);
    expect(err({ 'sk:SeCrEtVaLuE1234567890': null }, 'zh')).toBe('配置文件 /p/.scmrc：有一个无效的设置项名称（未引用原文：其中可能含有密钥）');
  });
});
