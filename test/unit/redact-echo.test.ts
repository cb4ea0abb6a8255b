// A server that echoes the private key it was sent must not get it printed: not whole, not in lines, not with
// its slashes escaped as JSON writes them (`\/`), not broken by escaped or real line breaks. Other base64 and
// the text around stays as it was.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { privateKeyBodies, REDACTED, scrubber } from '../../src/api/redact.js';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const body = privateKeyBodies(pem)[0]!;
const scrub = scrubber(['SECRETSKVALUE123'], { privateKeys: [pem] });
/** Every stretch of 16 characters of the key's base64 that survived in `text`. */
const leaked = (text: string): string[] => {
  const flat = text.replace(/\\\//g, '/').replace(/\\[nr]|\r?\n/g, '');
  const out: string[] = [];
  for (let i = 0; i + 16 <= body.length; i += 16) if (flat.includes(body.slice(i, i + 16))) out.push(body.slice(i, i + 16));
  return out;
};

describe('a private key echoed by a server', () => {
  const lines = pem.split('\n').filter((l) => l && !l.startsWith('-----'));

  it.each([
    ['its PEM lines as JSON writes them (\\n escaped, / as \\/)', JSON.stringify({ error_msg: `bad key: ${lines.join('\n')}` }).replace(/\//g, '\\/')],
    ['its lines with real line breaks', `bad key:\n${lines.join('\n')}\nend`],
    ['its lines joined by \\r\\n escapes', `"${lines.join('\\r\\n')}"`],
    ['one long line', `key=${body}`],
  ])('%s: nothing of it is printed', (_, text) => {
    const out = scrub(text);
    expect(leaked(out)).toEqual([]);
    expect(out).toContain(REDACTED);
  });

  it('the text around it stays, and base64 that is not the key is kept', () => {
    const other = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5';
    expect(scrub(`before ${other} after`)).toBe(`before ${other} after`);
    expect(scrub(`line one\n${lines[3]}\nline two`)).toBe(`line one\n${REDACTED}\nline two`);
    expect(scrub('sk=SECRETSKVALUE123')).toBe(`sk=${REDACTED}`);
  });
});
