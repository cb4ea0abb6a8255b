// shellWord (src/core/shell-word.ts) serves the bash completion tables and the command a renewal hook's failure
// names: a real bash must read each word back as it was, and a plain word stays unquoted.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/core/shell-word.js';

const WORDS = ['example.com', '*.example.com', "it's", 'a b', '--to', 'scs1700000000001', 'https://127.0.0.1:8443/v3', '$HOME', '`id`', 'x;y', '中文.example', "''", 'a\nb'];

describe('shellWord', () => {
  it.each(WORDS)('bash reads %j back as it was', (w) => {
    expect(execFileSync('bash', ['-c', `printf '%s' ${shellWord(w)}`], { encoding: 'utf8' })).toBe(w);
  });
  it('leaves plain words unquoted and quotes the rest', () => {
    expect(shellWord('https://127.0.0.1:8443/v3')).toBe('https://127.0.0.1:8443/v3');
    expect(shellWord('*.example.com')).toBe("'*.example.com'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });
});
