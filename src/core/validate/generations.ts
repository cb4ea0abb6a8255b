// Generations of one certificate: certbot's archive/ keeps every one (cert1.pem, cert2.pem, ...), each with its
// own key, and a renewal may change the key type (certbot 2.x renews RSA lineages as ECDSA by default). Told
// apart from two pairs meant to be served together (nginx's RSA+ECDSA, two sites) by names and issue dates.
import { altNames, type Cert } from './model.js';

const DAY = 86_400_000;
/** What a certificate is for: its SAN names (DNS and IP) in lower case, sorted; its CN when it has no SAN. */
function namesKey(c: Cert): string {
  const { dns, ip } = altNames(c.x509);
  const all = [...dns.map((d) => d.toLowerCase()), ...ip.map((i) => i.toLowerCase())];
  return all.length > 0 ? [...new Set(all)].sort().join(' ') : c.name;
}

/**
 * An older generation of another certificate of the bundle: the same names, issued more than a day before it
 * (certbot's archive/ keeps every generation, and a renewal may change the key type: certbot 2.x renews RSA
 * lineages as ECDSA). Two pairs issued together (an RSA and an ECDSA certificate for nginx's dual setup) are not.
 */
export const supersededBy = (c: Cert, others: Cert[]): Cert | undefined =>
  others.find((n) => n !== c && namesKey(n) === namesKey(c) && Date.parse(n.x509.validFrom) - Date.parse(c.x509.validFrom) > DAY);
