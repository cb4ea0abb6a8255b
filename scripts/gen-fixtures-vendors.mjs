import { mkdirSync, symlinkSync } from 'node:fs';

// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): bundles as CAs, cloud consoles and ACME
// clients deliver them, beyond the layouts gen-fixtures-realworld.mjs writes, and PEM files as Windows editors
// leave them once joined. Each under bundles/layouts/<name>/; the leaf is cases/www.crt (www.example.com, EC P-256,
// issued by the RSA intermediate R2).

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
  // Legacy encryption (RC2-40 certificates, 3DES key) with a non-ASCII password: BMPString for the PBEs and the MAC.
  pfx('unicode-password-legacy.pfx', C('www.crt'), K.vendorLeaf, { chain: interRsa, pass: 'pässwörd-密码', extra: ['-legacy'] });
}
