// What each validate rule needs to have been read before it can say anything true: one cause, one finding.
// A certificate that did not parse is reported once (cert-unparsable); the rules that need the leaf are then
// not run on some other certificate instead. Findings (findings.ts) drops any finding whose rule needs an input
// that is missing, and the runner (index.ts) does not run checks whose inputs are missing in the first place.
// test/unit/validate-cascade.test.ts breaks each input in turn and checks every rule against this table.

/** 'leaf': the leaf certificate was read. 'key': the private key was read. 'chain': every chain certificate given was read. */
export type Need = 'leaf' | 'key' | 'chain';

const INPUT: Need[] = [];
const LEAF: Need[] = ['leaf'];
const LEAF_KEY: Need[] = ['leaf', 'key'];
const LEAF_CHAIN: Need[] = ['leaf', 'chain'];

export const NEEDS: Readonly<Record<string, readonly Need[]>> = {
  // About one input as read: they need nothing else.
  'cert-missing': INPUT,
  'cert-armor-missing': INPUT,
  'cert-empty-body': INPUT,
  'cert-unparsable': INPUT,
  'key-empty': INPUT,
  'key-armor-missing': INPUT,
  'key-unparsable': INPUT,
  'key-encrypted': INPUT,
  'key-not-private': INPUT,
  'chain-unparsable': INPUT,
  'chain-foreign-block': INPUT,
  'input-converted': INPUT,
  'input-repaired': INPUT,
  'input-ignored': INPUT,
  'input-not-sent': INPUT,
  'pair-chosen': INPUT,
  'sm2-encryption-pair': INPUT,
  'name-invalid': INPUT,
  'enterprise-project-id-invalid': INPUT,
  // The leaf certificate itself.
  'cert-too-long': LEAF,
  'cert-no-domain': LEAF,
  'domain-invalid': LEAF,
  'domain-not-covered': LEAF,
  'domain-count-mismatch': LEAF,
  'cn-not-in-san': LEAF,
  'cert-no-san': LEAF,
  'ip-as-dns-name': LEAF,
  'cert-expired': LEAF,
  'cert-not-yet-valid': LEAF,
  'cert-expiring-soon': LEAF,
  'leaf-validity-too-long': LEAF,
  'target-sm2-unsupported': LEAF,
  'target-cert-expired': LEAF,
  'cert-is-ca': LEAF,
  'key-cannot-sign': LEAF,
  'key-type-unsupported': LEAF,
  // Strength is judged on the path as far as it was read: the leaf alone when the chain did not parse.
  'weak-key': LEAF,
  'weak-signature': LEAF,
  'critical-extension-unknown': LEAF,
  'extension-duplicate': LEAF,
  'serial-negative': LEAF,
  'cert-not-for-servers': LEAF,
  // The leaf and the private key.
  'key-mismatch': LEAF_KEY,
  'key-too-long': ['key'],
  // The SM2 encryption pair is set aside only beside a leaf and its key, and sent only with them.
  'enc-cert-too-long': LEAF_KEY,
  'enc-key-too-long': LEAF_KEY,
  'key-extra-ignored': LEAF_KEY,
  // The leaf and every chain certificate given.
  'chain-too-short': LEAF_CHAIN,
  'chain-broken': LEAF_CHAIN,
  'chain-missing-intermediate': LEAF_CHAIN,
  'chain-misordered': LEAF_CHAIN,
  'chain-duplicate': LEAF_CHAIN,
  'chain-unrelated-cert': LEAF_CHAIN,
  'cert-older-generation': LEAF_CHAIN,
  'chain-alternative-ignored': LEAF_CHAIN,
  'chain-alternative-sent': LEAF_CHAIN,
  'chain-not-ca': LEAF_CHAIN,
  'chain-path-length': LEAF_CHAIN,
  'chain-key-id-mismatch': LEAF_CHAIN,
  'chain-cert-expired': LEAF_CHAIN,
  'chain-cert-expiring-soon': LEAF_CHAIN,
  'chain-cert-not-yet-valid': LEAF_CHAIN,
  'chain-name-constraints': LEAF_CHAIN,
  'chain-includes-root': LEAF_CHAIN,
  'chain-too-long': LEAF_CHAIN,
  'sm2-signature-unverified': LEAF_CHAIN,
  'chain-merged': LEAF_CHAIN,
};
