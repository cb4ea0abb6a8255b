// The words a hint puts inside a command are shell words (core/shell-word.ts); the prose around them keeps the
// name as it is. keytool's conversion of a keystore, and the suggested folder of a CA download.
import { expect, it } from 'vitest';
import { keystoreParams } from '../../src/core/validate/jks.js';
import { subfolderAdvice } from '../../src/core/validate/subfolders.js';

it('keytool words: the keystore and the .p12 beside it, quoted; the prose name bare', () => {
  expect(keystoreParams("my store's.jks", 'JKS')).toEqual({ source: "my store's.jks", sourceWord: `'my store'\\''s.jks'`, kind: 'JKS', p12Word: `'my store'\\''s.p12'` });
  expect(keystoreParams('dir/server.jks', 'JCEKS')).toMatchObject({ sourceWord: 'dir/server.jks', p12Word: 'dir/server.p12' });
});

it('the folder to validate is one shell word, the folder in the sentence as it is', () => {
  const e = subfolderAdvice('dl $HOME', ['Nginx; rm'], 'en');
  expect(e.message).toContain('dl $HOME holds');
  expect(e.hint).toBe("validate that folder: `scm validate 'dl $HOME/Nginx; rm'`");
});
