// A bundle folder whose top holds nothing but folders with files (a CA's download unpacked as it comes, lego's
// --path, a zip unpacked twice as x_nginx/x_nginx/): the error names those folders and the command to run. One
// folder is said as one, in English and Chinese (it was "its folders z hold files: each is ...").
import { describe, expect, it } from 'vitest';
import { subfolderAdvice } from '../../src/core/validate/subfolders.js';

describe('the folders below a bundle folder with nothing at its top', () => {
  it('one folder: singular, and the command for it', () => {
    const e = subfolderAdvice('x_nginx/', ['x_nginx'], 'en');
    expect([e.message, e.hint]).toEqual([
      'x_nginx/ holds no certificate or private key at its top; its only folder, x_nginx, holds files: that is the bundle folder',
      "validate that folder: `scm validate x_nginx/x_nginx`",
    ]);
    const z = subfolderAdvice('x_nginx', ['x_nginx'], 'zh', ['a.csr']);
    expect([z.message, z.hint]).toEqual([
      'x_nginx 的顶层没有证书或私钥（只有 a.csr）；其中只有一个目录 x_nginx 中有文件：它就是证书目录',
      "请校验该目录：`scm validate x_nginx/x_nginx`",
    ]);
  });

  it('several: plural, and the one for nginx suggested', () => {
    const e = subfolderAdvice('dl', ['Apache', 'Nginx'], 'en');
    expect([e.message, e.hint]).toEqual([
      'dl holds no certificate or private key at its top; its folders Apache, Nginx hold files: each is a bundle folder of its own',
      "validate the one for your server: `scm validate dl/Nginx`",
    ]);
    const z = subfolderAdvice('dl', ['Apache', 'Nginx'], 'zh');
    expect(z.message).toBe('dl 的顶层没有证书或私钥；其中的目录 Apache、Nginx 中有文件：每个目录都是单独的证书目录');
  });
});
