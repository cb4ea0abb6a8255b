// The ACME clients `scm upload --from` understands (data only: the spec and the completion read it at start-up).
export const ACME_CLIENTS = ['certbot', 'lego', 'acme.sh'] as const;
export type AcmeClient = (typeof ACME_CLIENTS)[number];
