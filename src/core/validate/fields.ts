// The formats of the ImportCertificate fields (SCM API §2.1) as data: length limits measured on the strings
// that would be sent, the certificate name rule and the enterprise project ID. Apart from limits.ts, which
// words the findings, so that the settings (config/schema.ts) check an ID without loading every finding's
// words (messages.ts, 36 kB that `scm push` and `scm config` read and never say).
export const LIMITS = { certificate: 4096, certificate_chain: 8192, private_key: 4096, enc_certificate: 4096, enc_private_key: 4096 } as const;

export const EP_ID_PATTERN = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/;
export const NAME_PATTERN = /^[A-Za-z0-9_.-]{3,63}$/;
