// A hole followed by a self-signed root that did not issue the certificate before it: adding the missing issuer
// helps only if that root is above it, which cannot be known without the missing certificate. So the message
// says both (add it; remove the root if it is not that issuer's root) and no longer says "add it between them",
// which for another CA's root (Int R2, Root B) or a missing root (Root R1) is impossible advice.
import { expect, it } from 'vitest';
import { check, describeFixtures, expected, triples } from '../helpers/fixtures.js';

const messages = (r: { findings: Array<{ message: string }> }): string[] => r.findings.map((f) => f.message);

describeFixtures('a missing certificate above which the chain goes on with a root', () => {
  it('another CA\'s root after the intermediate: add the issuer, and remove that root if it is not its root (en, zh)', async () => {
    const parts = { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-plus-root-b.pem' };
    const r = await check(parts);
    expect(triples(r)).toEqual(expected(['chain-missing-intermediate']));
    expect(messages(r)).toEqual(['CN=SCM Test Intermediate R2 was issued by CN=SCM Test Root R1, which is not in the chain; the chain goes on with the root CN=Unrelated Root B, which did not issue it: add CN=SCM Test Root R1 after CN=SCM Test Intermediate R2, and remove CN=Unrelated Root B if it is not the root above CN=SCM Test Root R1 (a root of another CA cannot complete this chain)']);
    const zh = await check(parts, { lang: 'zh' });
    expect(messages(zh)).toEqual(['CN=SCM Test Intermediate R2 的签发者 CN=SCM Test Root R1 不在证书链中；证书链接下来是根证书 CN=Unrelated Root B，而它并没有签发 CN=SCM Test Intermediate R2：请在 CN=SCM Test Intermediate R2 之后加入 CN=SCM Test Root R1；如果 CN=Unrelated Root B 不是 CN=SCM Test Root R1 之上的根证书，请删除它（其他 CA 的根证书无法补全这条证书链）']);
  });

  it('an intermediate after the hole keeps "add it between them": it is where the missing one goes', async () => {
    const r = await check({ cert: 'deep-leaf.crt', key: 'deep-leaf.key', chain: 'deep-chain-gap.pem' });
    expect(messages(r)[0]).toMatch(/add CN=SCM Deep Intermediate 2 between CN=SCM Deep Intermediate 3 and CN=SCM Deep Intermediate 1 \(or remove/);
  });
});
