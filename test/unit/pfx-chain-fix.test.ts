// A PKCS#12 without its intermediate given with --pfx: chain-too-short's fix said to 'pass the CA bundle with
// --chain', and `scm validate --pfx site.pfx --chain chain.pem` is refused ('--pfx replaces --cert, --key and
// --chain'). The fix now says what works: the .pfx as an argument with --chain (validate and upload), or the PKCS#12
// exported again with its chain; in both languages. Given as an argument or in a folder, --chain works: the rule's fix.
import { expect, it } from 'vitest';
import { check, describeFixtures, find } from '../helpers/fixtures.js';

const FIX = 'Add the intermediate certificate(s): --pfx takes no --chain, so give the PKCS#12 file as an argument with the CA\'s file, `scm validate leaf-only.pfx --chain chain.pem` (and `scm upload leaf-only.pfx --chain chain.pem --name NAME`), or export the PKCS#12 again with its chain (`openssl pkcs12 -export ... -certfile chain.pem`). A leaf signed directly by a root (a private CA) needs that root as its chain.';
const RULE_FIX = /^Add the intermediate certificate\(s\): upload fullchain\.pem, or pass the CA bundle with --chain/;

describeFixtures('chain-too-short for a PKCS#12 given with --pfx', () => {
  it('--pfx: the fix names what works with a .pfx, in both languages', async () => {
    const r = await check({ pfx: 'leaf-only.pfx', pfxPassword: 'secret' });
    expect(find(r, 'chain-too-short')!.fix).toBe(FIX);
    const zh = await check({ pfx: 'leaf-only.pfx', pfxPassword: 'secret' }, { lang: 'zh' });
    expect(find(zh, 'chain-too-short')!.fix).toBe('请加上中间证书：--pfx 不能与 --chain 同用，请把 PKCS#12 文件作为参数传入，并用 --chain 传入 CA 的中间证书文件：`scm validate leaf-only.pfx --chain chain.pem`（上传时 `scm upload leaf-only.pfx --chain chain.pem --name NAME`），或连同证书链重新导出 PKCS#12 文件（`openssl pkcs12 -export ... -certfile chain.pem`）。由根证书直接签发的服务器证书（私有 CA）需要把该根证书作为证书链。');
  });

  it('the .pfx given as a file (where --chain works), or a PEM leaf alone: the rule\'s fix', async () => {
    expect(find(await check({ files: ['pfx/leaf-only.pfx'], pfxPassword: 'secret' }), 'chain-too-short')!.fix).toMatch(RULE_FIX);
    expect(find(await check({ cert: 'rsa.crt', key: 'rsa.key' }), 'chain-too-short')!.fix).toMatch(RULE_FIX);
  });
});
