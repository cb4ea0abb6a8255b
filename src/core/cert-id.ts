// SCM's certificate ids, in one place: what a well-formed id is, and what reads as an id mistyped. Small on
// purpose: deploy's spec (in the start-up pack) needs the first, check and rotate the second.

/** An SCM certificate id: scs and 13 digits, lower case (the contract's id rule, SCM.0020). */
export const CERT_ID = /^scs\d{13}$/;

/** scs and digits, any case: an id mistyped (a digit missing or extra, capitals), said as such, not as a file name. */
export const ID_LIKE = /^scs\d+$/i;
