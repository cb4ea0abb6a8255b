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

  it('nginx\'s folder one level further down (Tencent Cloud\'s zip unpacked into its own folder), or named x_nginx: still the one suggested', () => {
    const e = subfolderAdvice('tencent', ['www.example.com/Apache', 'www.example.com/IIS', 'www.example.com/Nginx', 'www.example.com/Tomcat'], 'en');
    expect(e.hint).toBe('validate the one for your server: `scm validate tencent/www.example.com/Nginx`');
    expect(subfolderAdvice('dl', ['1234_www.example.com_apache', '1234_www.example.com_nginx'], 'en').hint).toBe('validate the one for your server: `scm validate dl/1234_www.example.com_nginx`');
    expect(subfolderAdvice('dl', ['Apache', 'nginx-configs-old'], 'en').hint).toBe('validate the one for your server: `scm validate dl/Apache`');
  });
});
