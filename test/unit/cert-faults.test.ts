// The finding for a certificate block that did not decode (src/core/validate/cert-faults.ts): a PKCS#7 set in
// base64 without armor is named as one, with the command that decodes it to a .p7b named after the file (never
// the file itself), and with the rule of the input it was in. Until now only test/e2e/validate-bare-p7.test.ts
// reached it, through the binary, which `npm run mutate` never runs.
import { describe, expect, it } from 'vitest';
import { bareP7, reportFault } from '../../src/core/validate/cert-faults.js';
import { bareNestedFinding } from '../../src/core/validate/container.js';
import { Findings } from '../../src/core/validate/findings.js';
import { M } from '../../src/core/validate/messages.js';

const said = (add: (f: Findings) => void, lang: 'en' | 'zh' = 'en') => {
  const f = new Findings(lang);
  add(f);
  return f.sorted().map((x) => ({ rule: x.rule, message: x.message, fix: x.fix }));
};
/** The command in a fix: its first backticked text. */
const command = (fix: string): string => /`([^`]+)`/.exec(fix)![1]!;

describe('bareP7', () => {
  it('names the set and its size, with the rule given, and decodes to a .p7b beside the file', () => {
    const [one, ...more] = said((f) => bareP7('chain p7.b64.txt', 2, 'cert-armor-missing', f));
    expect(more).toEqual([]);
    expect(one!.rule).toBe('cert-armor-missing');
    expect(one!.message).toBe('chain p7.b64.txt holds a PKCS#7 set (.p7b) of 2 certificates in base64, without -----BEGIN PKCS7----- and -----END PKCS7----- lines');
    expect(command(one!.fix)).toBe("base64 -d 'chain p7.b64.txt' > 'chain p7.p7b'");
  });

  it.each([
    ['every text ending it adds is dropped', 'a.b64.pem.txt', 'base64 -d a.b64.pem.txt > a.p7b'],
    ['only at the end', 'a.pem.bak', 'base64 -d a.pem.bak > a.pem.bak.p7b'],
    ['a name that is a .p7b already gets .der before it, never itself', 'site/cert.p7b', 'base64 -d site/cert.p7b > site/cert.der.p7b'],
    ['.p7c too, in any case, once its text ending is dropped', 'ca.P7C.pem', 'base64 -d ca.P7C.pem > ca.der.P7C'],
    ['.p7 with another letter is no .p7b', 'x.p7z', 'base64 -d x.p7z > x.p7z.p7b'],
    ['.p7b inside the name is not its end', 'x.p7b.old', 'base64 -d x.p7b.old > x.p7b.old.p7b'],
    ['.der goes before the last .p7b', 'a.p7b.p7b', 'base64 -d a.p7b.p7b > a.p7b.der.p7b'],
  ])('the decoded name: %s', (_what, source, expected) => {
    expect(command(said((f) => bareP7(source, 3, 'chain-unparsable', f))[0]!.fix)).toBe(expected);
  });

  it('from standard input: saved to a file first, decoded to decoded.p7b (en, zh)', () => {
    const [en] = said((f) => bareP7(M.standardInput.en, 2, 'chain-unparsable', f));
    expect(en!.fix).toContain('save it to a file and run `base64 -d FILE > decoded.p7b`, then give decoded.p7b');
    const [zh] = said((f) => bareP7(M.standardInput.zh, 2, 'chain-unparsable', f), 'zh');
    expect(zh!.fix).toContain('`base64 -d 文件 > decoded.p7b`');
  });
});

describe('reportFault', () => {
  it("a bare PKCS#7 set: the leaf's rule for the leaf, the chain's for a chain certificate", () => {
    const slot = { position: 1, label: 'CERTIFICATE', fault: 'bare-p7' as const, count: 2 };
    expect(said((f) => reportFault(slot, 'cert.b64', true, f)).map((x) => x.rule)).toEqual(['cert-armor-missing']);
    expect(said((f) => reportFault(slot, 'cert.b64', false, f)).map((x) => x.rule)).toEqual(['chain-unparsable']);
    expect(said((f) => reportFault({ ...slot, count: undefined }, 'cert.b64', true, f))[0]!.message).toContain('of 0 certificates');
  });

  it('a nested armor in base64: said as bareNestedFinding says it (the command that decodes it), the rule by the input', () => {
    const slot = { position: 1, label: 'CERTIFICATE', fault: 'bare-nested' as const };
    const f = new Findings('en');
    const [message, params] = bareNestedFinding('cert.b64');
    f.add('cert-unparsable', message, params);
    const [leaf] = said((g) => reportFault(slot, 'cert.b64', true, g));
    expect(leaf).toEqual({ rule: 'cert-unparsable', message: f.sorted()[0]!.message, fix: f.sorted()[0]!.fix });
    expect(leaf!.message).toContain('base64 -d cert.b64 > cert');
    expect(said((g) => reportFault(slot, 'cert.b64', false, g)).map((x) => x.rule)).toEqual(['chain-unparsable']);
  });
});
