import { mkdirSync, symlinkSync } from 'node:fs';

// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): bundles as CAs, cloud consoles and ACME
// clients deliver them, beyond the layouts gen-fixtures-realworld.mjs writes, and PEM files as Windows editors
// leave them once joined. Each under bundles/layouts/<name>/; the leaf is cases/www.crt (www.example.com, EC P-256,
// issued by the RSA intermediate R2).

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b) => (b.reduce((c, x) => CRC[(c ^ x) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/** A zip archive of [name, bytes] entries, stored (what `unzip -l` lists and unpacks). */
function zip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name);
    const head = (size, sig) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const local = head(30, 0x04034b50);
    local.writeUInt16LE(10, 4); local.writeUInt32LE(crc32(data), 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    const entry = head(46, 0x02014b50);
    entry.writeUInt16LE(10, 4); entry.writeUInt16LE(10, 6); entry.writeUInt32LE(crc32(data), 16); entry.writeUInt32LE(data.length, 20); entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(n.length, 28); entry.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(entry, n);
    offset += 30 + n.length + data.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10); end.writeUInt32LE(size, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** Everything this part writes; `h` holds the main generator's helpers and certificates. */
export function generateVendors(h) {
  const { openssl, read, readBytes, write, pfx, C, K, P, interRsa } = h;
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  const [leaf, inter, key] = [read(C('www.crt')), read(interRsa), read(K.vendorLeaf)];
  // Each file saved by a Windows editor with a byte order mark, then joined with cat: OpenSSL strips a BOM from the
  // first line of each read, so a BOM just after an END line is no fault; after a blank line it hides that block.
  const BOM = '\ufeff';
  L('bom-joined', { 'fullchain.pem': `${BOM}${leaf}${BOM}${inter}`, 'privkey.pem': `${BOM}${key}` });
  L('bom-joined-blank', { 'fullchain.pem': `${BOM}${leaf}\n${BOM}${inter}`, 'privkey.pem': `${BOM}${key}` });
  // Notepad ends a file without a newline: joined (`type a.crt b.crt`), the END line runs into the BOM and BEGIN line.
  L('bom-joined-no-newline', { 'fullchain.pem': `${BOM}${leaf.trimEnd()}${BOM}${inter.trimEnd()}`, 'privkey.pem': `${BOM}${key.trimEnd()}` });

  // Aliyun's download, unpacked: one folder per server, a .pfx or .jks with its password in a file beside it.
  const D = 'www.example.com';
  const ALIYUN_PASS = 'Ab3dE5gH7jK9mN1p';
  pfx('vendor-aliyun.pfx', C('www.crt'), K.vendorLeaf, { chain: interRsa, pass: ALIYUN_PASS });
  const aliyunPfx = readBytes('pfx/vendor-aliyun.pfx');
  L('aliyun/nginx', { [`${D}.pem`]: leaf + inter, [`${D}.key`]: key });
  L('aliyun/apache', { [`${D}_public.crt`]: leaf, [`${D}_chain.crt`]: inter, [`${D}.key`]: key });
  L('aliyun/tomcat', { [`${D}.pfx`]: aliyunPfx, 'pfx-password.txt': ALIYUN_PASS });
  L('aliyun/iis', { [`${D}.pfx`]: aliyunPfx, 'pfx-password.txt': ALIYUN_PASS });
  // Tencent Cloud's Apache folder: the CA's certificates in root_bundle.crt, the leaf in its own .crt.
  L('tencent-apache', { 'root_bundle.crt': inter, [`${D}.crt`]: leaf, [`${D}.key`]: key });

  // acme.sh's ~/.acme.sh/<domain>_ecc/: <domain>.cer (the leaf), <domain>.key (SEC1), ca.cer, fullchain.cer, the CSR
  // and acme.sh's own settings beside them.
  openssl('ec', '-in', K.vendorLeaf, '-out', 'tmp/vendor-leaf.sec1.key');
  openssl('req', '-new', '-key', K.vendorLeaf, '-subj', `/CN=${D}`, '-out', 'tmp/vendor-leaf.csr');
  L(`acme-sh/${D}_ecc`, {
    [`${D}.cer`]: leaf, [`${D}.key`]: read('tmp/vendor-leaf.sec1.key'), 'ca.cer': inter, 'fullchain.cer': leaf + inter,
    [`${D}.csr`]: read('tmp/vendor-leaf.csr'), [`${D}.csr.conf`]: '[ req_distinguished_name ]\n\n[ req ]\ndistinguished_name = req_distinguished_name\n',
    [`${D}.conf`]: `Le_Domain='${D}'\nLe_Alt='no'\nLe_Keylength='ec-256'\nLe_API='https://acme-v02.api.letsencrypt.org/directory'\n`,
  });

  // certbot's tree: live/<name>/*.pem are symbolic links into ../../archive/<name>/, numbered; live/ has a README.
  L(`certbot-tree/archive/${D}`, { 'cert1.pem': leaf, 'chain1.pem': inter, 'fullchain1.pem': leaf + inter, 'privkey1.pem': key });
  L('certbot-tree/live', { README: 'This directory contains your keys and certificates.\n' });
  mkdirSync(P(`bundles/layouts/certbot-tree/live/${D}`), { recursive: true });
  for (const f of ['cert', 'chain', 'fullchain', 'privkey']) symlinkSync(`../../archive/${D}/${f}1.pem`, P(`bundles/layouts/certbot-tree/live/${D}/${f}.pem`));
  write(`bundles/layouts/certbot-tree/live/${D}/README`, 'This directory contains your keys and certificates.\n');

  // A .pfx as Windows' certificate export writes it: 3DES and a SHA-1 MAC, the whole path (root too), a friendly
  // name and the CSP attribute on the key; the password typed in the export wizard in a file of its own.
  pfx('vendor-windows.pfx', C('www.crt'), K.vendorLeaf, {
    chain: C('rsa-chain-with-root.pem'), pass: ALIYUN_PASS,
    extra: ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1', '-name', `${D} (Windows)`, '-CSP', 'Microsoft Enhanced RSA and AES Cryptographic Provider'],
  });
  L('windows-export', { [`${D}.pfx`]: readBytes('pfx/vendor-windows.pfx'), 'password.txt': ALIYUN_PASS });
  // Tencent Cloud's download unpacked where it was saved: its server folders beside the .zip and the CSR.
  const tx = { Nginx: { [`${D}_bundle.crt`]: leaf + inter, [`${D}_bundle.pem`]: leaf + inter, [`${D}.key`]: key, [`${D}.csr`]: read('tmp/vendor-leaf.csr') },
    Apache: { 'root_bundle.crt': inter, [`${D}.crt`]: leaf, [`${D}.key`]: key }, IIS: { [`${D}.pfx`]: aliyunPfx, 'keystorePass.txt': ALIYUN_PASS } };
  for (const [dir, files] of Object.entries(tx)) L(`tencent-download/${dir}`, files);
  L('tencent-download', { [`${D}.csr`]: read('tmp/vendor-leaf.csr'), [`${D}.zip`]: zip(Object.entries(tx).flatMap(([dir, files]) => Object.entries(files).map(([name, data]) => [`${dir}/${name}`, Buffer.from(data)]))) });
  // Legacy encryption (RC2-40 certificates, 3DES key) with a non-ASCII password: BMPString for the PBEs and the MAC.
  pfx('unicode-password-legacy.pfx', C('www.crt'), K.vendorLeaf, { chain: interRsa, pass: 'pässwörd-密码', extra: ['-legacy'] });
}
