// The environment variables that hold secrets, in one place: credentials.ts reads them, and cli.ts hides their
// values from every output from the first line written (before any config file is read).

export const SECRET_ENV = {
  authToken: ['SCM_AUTH_TOKEN'],
  sk: ['HUAWEICLOUD_SDK_SK', 'HW_SECRET_KEY'],
  securityToken: ['HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN'],
} as const;

/** Other variables whose values are secret: the PKCS#12 password. */
const OTHER_SECRETS = ['SCM_PFX_PASSWORD'];

/** The non-empty values of those variables in `env`. */
export function envSecrets(env: Record<string, string | undefined>): string[] {
  return [...Object.values(SECRET_ENV).flat(), ...OTHER_SECRETS].map((n) => env[n]?.trim() ?? '').filter((v) => v !== '');
}
