// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): bundles as CAs, cloud consoles and ACME
// clients deliver them, beyond the layouts gen-fixtures-realworld.mjs writes, and PEM files as Windows editors
// leave them once joined. Each under bundles/layouts/<name>/; the leaf is cases/www.crt (www.example.com, EC P-256,
// issued by the RSA intermediate R2).

/** Everything this part writes; `h` holds the main generator's helpers and certificates. */
export function generateVendors(h) {
  const { read, write, C, K, interRsa } = h;
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  const [leaf, inter, key] = [read(C('www.crt')), read(interRsa), read(K.vendorLeaf)];
  // Each file saved by a Windows editor with a byte order mark, then joined with cat: OpenSSL strips a BOM from the
  // first line of each read, so a BOM just after an END line is no fault; after a blank line it hides that block.
  const BOM = '\ufeff';
  L('bom-joined', { 'fullchain.pem': `${BOM}${leaf}${BOM}${inter}`, 'privkey.pem': `${BOM}${key}` });
  L('bom-joined-blank', { 'fullchain.pem': `${BOM}${leaf}\n${BOM}${inter}`, 'privkey.pem': `${BOM}${key}` });
}
