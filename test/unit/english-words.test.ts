// The English-word check itself: it must find English prose in Chinese text and leave alone what every
// language writes the same way, or the tests built on it prove nothing.
import { describe, expect, it } from 'vitest';
import { englishWords } from '../helpers/english-words.js';

describe('englishWords', () => {
  it.each([
    ['请使用fullchain.pem，please check', ['please', 'check']],
    ['X.509 证书 and the key', ['and', 'the', 'key']],
    ['--lang <语言> 和 <command>', ['command']],
    ['Usage: scm [options]', ['Usage', 'options']],
    ['证书 (choices: "en", "zh")', ['choices']],
    ['“这是 English”', ['English']],
  ])('finds the English in %s', (text, words) => expect(englishWords(text)).toEqual(words));

  it.each([
    '配置文件 ~/.config/scm/ 和 $HOME',
    '例如 WAF:cn-north-4 和 scm:cert:push',
    'TERM=dumb：不使用彩色；CI=true',
    "见 'scm help exit-codes'",
    '（可选值：“en”、“zh”）',
    '$XDG_CONFIG_HOME/scm/config.{json,yaml,yml}',
    '监听信息输出为 JSON 对象（{"url", "port", ...}）',
    'private_key 为空，HUAWEICLOUD_SDK_AK 未设置',
    '用 scm upload 上传，用 `openssl pkey -in key.pem` 检查',
    '规则 key-mismatch（错误），区域 cn-north-4，错误码 SCM.0014、scm0014、APIG.0301',
    '以 X-Auth-Token 请求头发送，按 Ctrl-C 停止',
    '项目配置文件（.scmrc 等），live/ 下的目录',
    '未知命令“confg”，证书 scs1700000000000，曲线 P-256',
  ])('keeps codes, ids, flags, paths and names in %s', (text) => expect(englishWords(text)).toEqual([]));

  it('takes extra ids (command names) when asked', () => {
    expect(englishWords('validate [证书目录...]')).toEqual(['validate']);
    expect(englishWords('validate [证书目录...]', ['validate'])).toEqual([]);
  });
});
