// Every environment variable scm reads, for `scm help environment` (data only; test/unit/environment.test.ts
// checks the list against the source so it cannot go stale).
export interface EnvVar {
  names: string[];
  meaning: string;
}

export const ENVIRONMENT: ReadonlyArray<{ group: string; vars: EnvVar[] }> = [
  {
    group: 'Credentials (upload, push, config)',
    vars: [
      { names: ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], meaning: 'access key and secret key; requests are signed SDK-HMAC-SHA256' },
      { names: ['HW_ACCESS_KEY', 'HW_SECRET_KEY'], meaning: 'the same, Terraform-style names (used when the two above are not set)' },
      { names: ['HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN'], meaning: 'security token of a temporary AK/SK' },
      { names: ['HUAWEICLOUD_SDK_PROJECT_ID', 'HUAWEICLOUD_SDK_DOMAIN_ID'], meaning: 'project and account (domain) id, sent when set' },
      { names: ['SCM_AUTH_TOKEN'], meaning: 'an IAM token, sent as X-Auth-Token (wins over an AK/SK pair)' },
    ],
  },
  {
    group: 'Endpoint and network',
    vars: [
      { names: ['SCM_ENDPOINT'], meaning: 'SCM endpoint URL (after --endpoint, before the config files); http only to 127.0.0.1' },
      { names: ['SCM_REGION'], meaning: 'SCM site when no endpoint is given (after --region, before the config files)' },
      { names: ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'], meaning: 'proxy settings (lower-case names too)' },
      { names: ['NODE_EXTRA_CA_CERTS'], meaning: "read by Node.js: extra CA certificates, e.g. a TLS-inspecting proxy's" },
    ],
  },
  {
    group: 'Config files',
    vars: [
      { names: ['XDG_CONFIG_HOME'], meaning: 'the user config file is $XDG_CONFIG_HOME/scm/config.{json,yaml,yml}' },
      { names: ['HOME', 'USERPROFILE'], meaning: 'without XDG_CONFIG_HOME: ~/.config/scm/; the project-file search stops at $HOME' },
    ],
  },
  {
    group: 'Inputs',
    vars: [
      { names: ['SCM_PFX_PASSWORD'], meaning: 'password of a PKCS#12 (--pfx) file, unless --pfx-password-file is given' },
      { names: ['SCM_NOW'], meaning: 'an ISO date: validate as of that moment instead of now (tests; "will it still be valid then?")' },
    ],
  },
  {
    group: 'ACME hooks (scm upload --from)',
    vars: [
      { names: ['RENEWED_LINEAGE', 'RENEWED_DOMAINS'], meaning: "certbot's deploy hook: the live/ folder and the domains (--from certbot)" },
      { names: ['LEGO_HOOK_CERT_PATH', 'LEGO_HOOK_CERT_KEY_PATH', 'LEGO_HOOK_CERT_DOMAINS', 'LEGO_HOOK_CERT_NAME'], meaning: "lego v5's hook: certificate (full chain), key, domains (--from lego)" },
      { names: ['LEGO_CERT_PATH', 'LEGO_CERT_KEY_PATH', 'LEGO_CERT_DOMAIN'], meaning: "lego v4's run/renew hook, used when the v5 names are not set (--from lego)" },
      { names: ['CERT_PATH', 'CERT_KEY_PATH', 'CA_CERT_PATH', 'CERT_FULLCHAIN_PATH', 'Le_Domain'], meaning: "acme.sh's hooks and --reloadcmd (--from acme.sh)" },
    ],
  },
  {
    group: 'Output and interaction',
    vars: [
      { names: ['NO_COLOR'], meaning: 'set (non-empty): no colour (also --no-color)' },
      { names: ['FORCE_COLOR'], meaning: 'colour even when not a terminal (0 or false: never)' },
      { names: ['TERM', 'COLORTERM'], meaning: 'TERM=dumb: no colour, no spinner; COLORTERM=truecolor: 24-bit colour' },
      { names: ['CI'], meaning: 'CI=true (or 1): never prompt or wait for typing (as --no-input), no spinner' },
      { names: ['LC_ALL', 'LC_MESSAGES', 'LANG'], meaning: 'zh_* picks Chinese explanations and fixes (else --lang)' },
    ],
  },
  {
    group: 'scm emulator',
    vars: [
      { names: ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], meaning: 'the AK/SK it accepts (default: a documented demo pair)' },
      { names: ['SCM_AUTH_TOKEN'], meaning: 'an X-Auth-Token it accepts as well' },
    ],
  },
];
