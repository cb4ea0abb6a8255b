// scm check ID reads ShowCertificate's fingerprint as show and upload's lookup do (core/fingerprint.ts
// shownFingerprint): a value that is not a digest is "no fingerprint" (undecided), never a different digest made
// by dropping the characters that are not hex.
import { describe, expect, it } from 'vitest';
import { scmLeafFacts } from '../../src/core/check/index.js';

describe('scmLeafFacts fingerprint', () => {
  it('takes a digest with separators, in any case', () => {
    expect(scmLeafFacts({ fingerprint: 'AB:'.repeat(19) + 'AB' }).sha1).toBe('ab'.repeat(20));
    expect(scmLeafFacts({ fingerprint: 'c'.repeat(64) }).sha256).toBe('c'.repeat(64));
  });

  it.each([
    ['letters beyond f dropped to 40 hex digits', 'zz' + 'a'.repeat(40)],
    ['a named digest', 'SHA1=' + 'a'.repeat(40)],
    ['words around 64 digits', 'sha256 fingerprint: ' + 'b'.repeat(64)],
  ])('leaves %s undecided', (_what, fingerprint) => {
    const facts = scmLeafFacts({ fingerprint });
    expect(facts.sha1).toBeUndefined();
    expect(facts.sha256).toBeUndefined();
  });
});
