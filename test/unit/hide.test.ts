// Hiding the secrets in play from every output (src/core/hide.ts, used by cli.ts on stdout and stderr and by
// the API client's scrubber): any case, the forms output gives a value (JSON-escaped, percent-encoded), a value
// broken across lines where a message is wrapped, and never a value too short to be a secret.
import { describe, expect, it } from 'vitest';
import { hider, REDACTED } from '../../src/core/hide.js';

const SK = 'Qw3rTy8UiOp0AsDfGh1JkLzXcVbNm2QwErTyUiOp';

describe('hider', () => {
  it('hides a secret in any case, longest first, and leaves the rest', () => {
    const hide = hider([SK, SK.slice(0, 12)], REDACTED);
    expect(hide(`region '${SK.toUpperCase()}' and '${SK.slice(0, 12)}'`)).toBe(`region '${REDACTED}' and '${REDACTED}'`);
    expect(hide('nothing secret here')).toBe('nothing secret here');
  });

  it('hides its JSON-escaped and percent-encoded forms', () => {
    const quoted = 'Qw3rTy8Ui"Op0As\\DfGh1/Jk+Lz=';
    const hide = hider([quoted], REDACTED);
    expect(hide(JSON.stringify({ message: `region '${quoted}'` }))).toBe(`{"message":"region '${REDACTED}'"}`);
    expect(hide(`content=${encodeURIComponent(quoted)}&limit=50`)).toBe(`content=${REDACTED}&limit=50`);
  });

  it('hides a secret broken across lines by wrapping (a line break and the indent between characters)', () => {
    const token = `MIIZ${'aB3dE5fG7h'.repeat(30)}`;
    const wrapped = `scm: unknown SCM region\n     '${token.slice(0, 100)}\n     ${token.slice(100, 250)}\n     ${token.slice(250)}'`;
    expect(hider([token], REDACTED)(wrapped)).toBe(`scm: unknown SCM region\n     '${REDACTED}'`);
  });

  it('never hides a value shorter than 8 characters: "test" or "true" is not a secret, and output stays whole', () => {
    const hide = hider(['test', 'true', '0000', 'cert1'], REDACTED);
    expect(hide('{"valid": true, "name": "test-cert1-0000"}')).toBe('{"valid": true, "name": "test-cert1-0000"}');
  });
});
