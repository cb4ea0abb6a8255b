// An intermediate and its cross-signed copy (same subject and key), each with its root in the folder: two paths
// that end at a root, alike but for how long they stay valid. The longer-lived one is sent; the other copy, and the
// root that issued it, are left out and said to be what they are (another route), not unrelated to the leaf.
import { expect, it } from 'vitest';
import { check, describeFixtures, expected, triples } from '../helpers/fixtures.js';

const DIR = { dir: 'layouts/cross-two-roots' };
const [IGNORED, ROOT] = expected(['chain-alternative-ignored', 'chain-includes-root']);
const at = (file: string): string => `certificate 1 in bundles/layouts/cross-two-roots/${file}`;
const atZh = (file: string): string => `bundles/layouts/cross-two-roots/${file} 中的第 1 张证书`;

describeFixtures('a cross-signed intermediate with both roots in the folder', () => {
  it('sends the path that stays valid longer (through Root A), though the cross-signed copy comes first in the folder', async () => {
    const r = await check(DIR);
    expect(r.certificate!.path.filter((p) => p.sent).map((p) => p.subject)).toEqual(['CN=www.example.com', 'O=Cross, CN=Cross Intermediate', 'O=Cross, CN=Cross Root A']);
    expect(triples(r)).toEqual([IGNORED, IGNORED, ROOT]);
  });

  it('the root of the other route issued the copy left out: said so, in both languages, not "did not issue"', async () => {
    const r = await check(DIR);
    expect(r.findings[0]!.message).toBe(`CN=Cross Intermediate (${at('int-x.pem')}) is another copy of CN=Cross Intermediate (same key, issued by CN=Cross Root B); the path uses the copy issued by CN=Cross Root A, so this one is not sent`);
    expect(r.findings[1]!.message).toBe(`CN=Cross Root B (${at('root-b.pem')}) issued CN=Cross Intermediate (${at('int-x.pem')}), which is left out (another route to the same CA), not a certificate of the path; it is not sent either`);
    const zh = await check(DIR, { lang: 'zh' });
    expect(zh.findings[1]!.message).toBe(`CN=Cross Root B（${atZh('root-b.pem')}）签发了 CN=Cross Intermediate（${atZh('int-x.pem')}），而后者未被采用（通往同一 CA 的另一条路径），并非证书路径上的证书；它同样不会被发送`);
  });
});
