// The services DeployCertificate serves and WAF's certificate types, alone in a file of their own: the command
// specs (deploy, rotate, upload) name them in `--help` and completions, and every `scm --help` loads the specs,
// so this must not bring targets.ts's imports (validate's domain code) into the start-up of every command.
export const DEPLOY_SERVICES = ['CDN', 'WAF', 'ELB'] as const;
export type DeployService = (typeof DEPLOY_SERVICES)[number];

export const WAF_TYPES = ['premium', 'cloud'] as const;
export type WafType = (typeof WAF_TYPES)[number];
