// A proxy's refusal page is read in the charset its Content-Type names: a block page in GBK (as a proxy in China may
// write it) was read as UTF-8, and 'the proxy said:' showed replacement characters where the policy was named.
// Through the built binary and a proxy that refuses every CONNECT.
import { describe, expect, it } from 'vitest';
import { useRefusingProxy } from '../helpers/refusing-proxy.js';

const WORDS = '访问被拒绝：违反公司策略 CLOUD-7';
/** WORDS in GBK, as iconv writes it (checked below). */
const GBK = Buffer.from('b7c3cecab1bbbedcbef8a3bacea5b7b4b9abcbbeb2dfc2d420434c4f55442d37', 'hex');
const page = (type: string): Buffer => Buffer.concat([Buffer.from(`403 Forbidden\r\nContent-Type: ${type}\r\nContent-Length: ${GBK.length}\r\n\r\n`), GBK]);
const proxy = useRefusingProxy('scm-e2e-proxy-refusal-charset-', page('text/plain; charset=GBK'));

describe("a proxy's refusal page in GBK", () => {
  it('the GBK bytes are the words', () => {
    expect(new TextDecoder('gbk').decode(GBK)).toBe(WORDS);
  });

  it('its words are shown as written, in English and Chinese; exit 5', async () => {
    for (const lang of ['en', 'zh']) {
      const r = await proxy.run(['list', '--lang', lang], { https_proxy: `http://127.0.0.1:${proxy.port()}` }, 0);
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toContain(WORDS);
      expect(r.stderr).not.toContain('\ufffd');
    }
  });
});
