// An answer is read in the charset its Content-Type declares: a gateway or backend answering
// `application/json;charset=GBK` had its error_msg read as UTF-8, and the message meant to say what went wrong
// showed replacement characters. A body that is valid UTF-8 is still read as UTF-8 under another label (a
// servlet container's ISO-8859-1 default, a proxy's charset gbk). Through the built binary, against a local server.
import { describe, expect, it } from 'vitest';
import { useAnswerServer, type Answer } from '../helpers/answer-server.js';
import { runCli } from '../helpers/run-cli.js';

const WORDS = '证书已被占用，无法删除';
/** WORDS in GBK, as iconv writes it (checked below with TextDecoder, so a wrong byte cannot pass unseen). */
const GBK = Buffer.from('d6a4cae9d2d1b1bbd5bcd3c3a3accedeb7a8c9beb3fd', 'hex');
const body = (words: Buffer): Buffer => Buffer.concat([Buffer.from('{"error_code":"SCM.0999","error_msg":"'), words, Buffer.from('"}')]);

let answer: Answer = { status: 400, body: '' };
const server = useAnswerServer(() => answer);
const env = (): Record<string, string | undefined> => ({ SCM_ENDPOINT: server.url, HUAWEICLOUD_SDK_AK: 'AKAKAKAKAKAKAKAKAKAK', HUAWEICLOUD_SDK_SK: 'SKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSK', HOME: process.env.HOME });
const show = (...extra: string[]) => runCli(['show', 'scs1700000000001', '--retries', '0', ...extra], { env: env() });

describe('the charset of an answer', () => {
  it('the GBK bytes are the words', () => {
    expect(new TextDecoder('gbk').decode(GBK)).toBe(WORDS);
  });

  it('an error body in GBK, declared so: its words shown as sent (text and --json), exit 4', async () => {
    answer = { status: 400, headers: { 'Content-Type': 'application/json;charset=GBK' }, body: body(GBK) };
    const r = await show();
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain(`SCM.0999 ${WORDS}`);
    expect(r.stderr).not.toContain('\ufffd');
    const j = await show('--json');
    expect(JSON.parse(j.stderr.trim().split('\n').at(-1)!).error.error_msg).toBe(WORDS);
  });

  it('a quoted charset label is read too', async () => {
    answer = { status: 400, headers: { 'Content-Type': 'application/json; charset="gbk"' }, body: body(GBK) };
    const r = await show();
    expect(r.stderr).toContain(`SCM.0999 ${WORDS}`);
  });

  it('an HTML page that names GBK only in its <meta>: its title shown as written', async () => {
    const title = Buffer.from('cdf8b9d8b4edcef3', 'hex'); // 网关错误 in GBK
    expect(new TextDecoder('gbk').decode(title)).toBe('网关错误');
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="gbk"><title>502 '), title, Buffer.from('</title></head><body></body></html>')]);
    answer = { status: 502, headers: { 'Content-Type': 'text/html' }, body: page };
    const r = await show();
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('HTML: 502 网关错误');
  });

  it('UTF-8 under a GBK label (a proxy that labels every answer gbk) stays UTF-8', async () => {
    answer = { status: 400, headers: { 'Content-Type': 'application/json;charset=GBK' }, body: body(Buffer.from(WORDS)) };
    const r = await show();
    expect(r.stderr).toContain(`SCM.0999 ${WORDS}`);
  });

  it('UTF-8 under an ISO-8859-1 label (a servlet default) stays UTF-8', async () => {
    answer = { status: 400, headers: { 'Content-Type': 'application/json;charset=ISO-8859-1' }, body: body(Buffer.from(WORDS)) };
    const r = await show();
    expect(r.stderr).toContain(`SCM.0999 ${WORDS}`);
  });
});
