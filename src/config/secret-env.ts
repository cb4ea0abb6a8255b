// The environment variables that hold secrets, in one place: credentials.ts reads them, and cli.ts hides their
// values from every output from the first line written (before any config file is read).

export const SECRET_ENV = {
  authToken: ['SCM_AUTH_TOKEN'],
  sk: ['HUAWEICLOUD_SDK_SK', 'HW_SECRET_KEY'],
  securityToken: ['HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN'],
} as const;

/** Other variables whose values are secret: the PKCS#12 password. */
const OTHER_SECRETS = ['SCM_PFX_PASSWORD'];

/** The variables of an access key id: not a secret (shown in Authorization as `Access=AK`), unless it is not one. */
export const AK_ENV = ['HUAWEICLOUD_SDK_AK', 'HW_ACCESS_KEY'] as const;

/**
 * Does `value` look like an access key id (upper-case letters and digits, 20 of them at Huawei Cloud)? An "AK"
 * that does not is most likely the SK, the two swapped: it is then hidden like an SK everywhere, since
 * --debug and --dry-run print the AK in full (`Access=…`).
 */
export const looksLikeAccessKey = (value: string): boolean => /^[A-Z0-9]{1,64}$/.test(value.trim());

/** The non-empty values of those variables in `env`, and an AK variable's value that is no access key id. */
export function envSecrets(env: Record<string, string | undefined>): string[] {
  const secret = [...Object.values(SECRET_ENV).flat(), ...OTHER_SECRETS].map((n) => env[n]?.trim() ?? '');
  const akLike = AK_ENV.map((n) => env[n]?.trim() ?? '').filter((v) => !looksLikeAccessKey(v));
  return [...secret, ...akLike].filter((v) => v !== '');
}
