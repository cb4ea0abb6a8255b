// The public key of a private key, derived once per key: what every "does this key fit that certificate" asks.
// A module of its own so that sm2-pair.ts and inputs.ts can both use it without importing each other.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { DecodedKey } from './decode-key.js';

const publics = new WeakMap<DecodedKey, KeyObject>();

/** The public key of a private key, compared with certificates' keys (derived once per key). */
export function publicOf(key: DecodedKey): KeyObject {
  let pub = publics.get(key);
  if (!pub) publics.set(key, (pub = createPublicKey(key.key)));
  return pub;
}
