// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): folders that hold a file scm cannot open
// beside the PEM files it can, and SSH keys (PuTTY's .ppk, an OpenSSH public key) taken for the TLS key. lego's --pfx layout (a PKCS#12 with lego's default password "changeit" next to
// the PEM files and lego's .json), Tomcat's folder from a Tencent Cloud or Aliyun download (a Java keystore and
// its password), and Java keystores of both kinds (JKS, JCEKS) to give as inputs. The keystores are written here
// byte by byte (a private key entry with its certificate, as Tomcat's keystore holds, and a trusted-certificate
// entry, as `keytool -importcert` writes it), so no Java is needed.
import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';

/** lego's default PKCS#12 password (LEGO_PFX_PASSWORD). */
export const LEGO_PFX_PASSWORD = 'changeit';

const u16 = (n) => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const utf = (s) => Buffer.concat([u16(Buffer.byteLength(s)), Buffer.from(s)]);

/**
 * A Java keystore holding a private key entry (the certificate; the protected key is opaque bytes, which only
 * keytool with the key's password would open) and one trusted certificate. JKS and JCEKS share this layout and differ in the magic
 * number; the SHA-1 at the end is keytool's integrity check (the password as UTF-16BE, "Mighty Aphrodite", the
 * bytes before it), so `keytool -list -storepass changeit` accepts the file.
 */
function keystore(magic, der, alias, password) {
  const body = Buffer.concat([
    u32(magic), u32(2), u32(2),
    u32(1), utf(alias), Buffer.alloc(8, 0), u32(16), Buffer.alloc(16, 0x5a), u32(1), utf('X.509'), u32(der.length), der,
    u32(2), utf(`${alias}-ca`), Buffer.alloc(8, 0), utf('X.509'), u32(der.length), der,
  ]);
  const digest = createHash('sha1').update(Buffer.from(password, 'utf16le').swap16()).update('Mighty Aphrodite').update(body).digest();
  return Buffer.concat([body, digest]);
}

/**
 * An Ed25519 SSH key as PuTTYgen writes it (.ppk, version 3, unencrypted: its MAC is HMAC-SHA-256 with an empty
 * key over the fields) and its OpenSSH public key line (id_ed25519.pub), from a key made here.
 */
function sshKeys() {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const str = (b) => Buffer.concat([u32(b.length), Buffer.from(b)]);
  const pub = Buffer.concat([str('ssh-ed25519'), str(Buffer.from(jwk.x, 'base64url'))]);
  const priv = str(Buffer.from(jwk.d, 'base64url'));
  const comment = 'ed25519-key-20260101';
  const mac = createHmac('sha256', Buffer.alloc(0)).update(Buffer.concat([str('ssh-ed25519'), str('none'), str(comment), str(pub), str(priv)])).digest('hex');
  const lines = (b) => b.toString('base64').match(/.{1,64}/g);
  const body = ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', `Comment: ${comment}`, `Public-Lines: ${lines(pub).length}`, ...lines(pub),
    `Private-Lines: ${lines(priv).length}`, ...lines(priv), `Private-MAC: ${mac}`];
  return { ppk: `${body.join('\r\n')}\r\n`, pub: `ssh-ed25519 ${pub.toString('base64')} ${comment}\n` };
}

export function generateKeystores(h) {
  const { openssl, read, readBytes, write, pfx, C, K, interRsa } = h;
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  openssl('x509', '-in', C('www.crt'), '-outform', 'DER', '-out', C('www.der'));
  const der = readBytes(C('www.der'));
  write(C('site.jks'), keystore(0xfeedfeed, der, 'tomcat', LEGO_PFX_PASSWORD));
  write(C('site.jceks'), keystore(0xcececece, der, 'tomcat', LEGO_PFX_PASSWORD));
  const ssh = sshKeys();
  write(C('ssh-ed25519.ppk'), ssh.ppk);
  write(C('id_ed25519.pub'), ssh.pub);

  const leaf = read(C('www.crt'));
  const inter = read(interRsa);
  const key = read(K.vendorLeaf);
  pfx('lego.pfx', C('www.crt'), K.vendorLeaf, { chain: interRsa, pass: LEGO_PFX_PASSWORD });
  // lego writes the certificate with its issuer in .crt (unless --no-bundle), .pem with --pem, .pfx with --pfx.
  L('lego', {
    'www.example.com.crt': leaf + inter,
    'www.example.com.issuer.crt': inter,
    'www.example.com.key': key,
    'www.example.com.pem': leaf + inter + key,
    'www.example.com.pfx': readBytes('pfx/lego.pfx'),
    'www.example.com.json': `${JSON.stringify({ domain: 'www.example.com', certUrl: 'https://acme.example/cert/1', certStableUrl: 'https://acme.example/cert/1' }, null, 2)}\n`,
  });
  // lego run --pfx --pfx.pass: the same folder with a .pfx lego's default password does not open (scm then tries
  // it in vain and says only what it says of any locked .pfx).
  pfx('lego-pass.pfx', C('www.crt'), K.vendorLeaf, { chain: interRsa, pass: 'not-the-default' });
  L('lego-pfx-pass', {
    'www.example.com.crt': leaf + inter,
    'www.example.com.issuer.crt': inter,
    'www.example.com.key': key,
    'www.example.com.pfx': readBytes('pfx/lego-pass.pfx'),
    'www.example.com.json': `${JSON.stringify({ domain: 'www.example.com', certUrl: 'https://acme.example/cert/1', certStableUrl: 'https://acme.example/cert/1' }, null, 2)}\n`,
  });
  // Tomcat's folder of a CA's download: the keystore and the password that opens it, nothing scm can read.
  L('tomcat', { 'www.example.com.jks': readBytes(C('site.jks')), 'keystorePass.txt': `${LEGO_PFX_PASSWORD}\n` });
  // Every format of the download unpacked into one folder: the PEM files are the bundle, the keystore is left out.
  L('pem-and-jks', { 'www.example.com.crt': leaf + inter, 'www.example.com.key': key, 'www.example.com.jks': readBytes(C('site.jks')) });
}
