// Every environment variable scm reads, for `scm help environment` and the man page (data only;
// test/unit/environment.test.ts checks the list against the source so it cannot go stale).
import type { Text } from '../../core/i18n.js';

export interface EnvVar {
  names: string[];
  meaning: Text;
}

export const ENVIRONMENT: ReadonlyArray<{ group: Text; vars: EnvVar[] }> = [
  {
    group: { en: 'Credentials (every command that calls the SCM API; scm config shows them)', zh: '凭证（所有调用 SCM API 的命令都会使用；`scm config` 会显示它们）' },
    vars: [
      { names: ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], meaning: { en: 'access key and secret key; requests are signed SDK-HMAC-SHA256', zh: '访问密钥 AK 和秘密访问密钥 SK；请求以 SDK-HMAC-SHA256 签名' } },
      { names: ['HW_ACCESS_KEY', 'HW_SECRET_KEY'], meaning: { en: 'the same, Terraform-style names (used when the two above are not set)', zh: '同上，Terraform 风格的变量名（上面两个未设置时使用）' } },
      { names: ['HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN'], meaning: { en: 'security token of a temporary AK/SK', zh: '临时 AK/SK 对应的 SecurityToken' } },
      { names: ['HUAWEICLOUD_SDK_PROJECT_ID', 'HUAWEICLOUD_SDK_DOMAIN_ID'], meaning: { en: 'project and account (domain) id, sent when set', zh: '项目 ID 和账号 ID，设置后随请求发送' } },
      { names: ['SCM_AUTH_TOKEN'], meaning: { en: 'an IAM token, sent as X-Auth-Token (wins over an AK/SK pair)', zh: 'IAM Token，以 X-Auth-Token 请求头发送（优先于 AK/SK）' } },
    ],
  },
  {
    group: { en: 'Endpoint and network', zh: '终端节点与网络' },
    vars: [
      { names: ['SCM_ENDPOINT'], meaning: { en: 'SCM endpoint URL (after --endpoint, before the config files); plain http only to loopback hosts', zh: 'SCM 终端节点 URL（次于 --endpoint，优先于配置文件）；只有环回地址可以使用 http' } },
      { names: ['SCM_REGION'], meaning: { en: 'SCM site when no endpoint is given (after --region, before the config files)', zh: '未指定终端节点时使用的 SCM 站点（次于 --region，优先于配置文件）' } },
      { names: ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'], meaning: { en: 'proxy settings (lower-case names too, and they win when both are set, as in curl); HOST:PORT without a scheme is read as http://HOST:PORT', zh: '代理设置（小写的变量名同样有效，两者都设置时以小写的为准，与 curl 相同）；不带协议的“主机:端口”按 http://主机:端口 理解' } },
      { names: ['NODE_EXTRA_CA_CERTS'], meaning: { en: "read by Node.js: extra CA certificates, e.g. a TLS-inspecting proxy's", zh: '由 Node.js 读取：额外信任的 CA 证书，例如执行 TLS 解密检查的代理的根证书' } },
    ],
  },
  {
    group: { en: 'Config files', zh: '配置文件' },
    vars: [
      { names: ['SCM_CONFIG'], meaning: { en: 'the config file to use instead of searching (as --config; JavaScript allowed unless others could change it)', zh: '要使用的配置文件，不再查找（同 --config；可以是 JavaScript 代码，但他人能修改的不行）' } },
      { names: ['XDG_CONFIG_HOME'], meaning: { en: 'the user config file is $XDG_CONFIG_HOME/scm/config.{json,yaml,yml} (an absolute path; a relative one is not used)', zh: '用户配置文件为 $XDG_CONFIG_HOME/scm/config.{json,yaml,yml}（须为绝对路径；相对路径不会使用）' } },
      { names: ['XDG_CACHE_HOME'], meaning: { en: 'the locks that keep two runs of upload or rotate for one certificate from working at once are in $XDG_CACHE_HOME/scm/locks (an absolute path), else ~/.cache/scm/locks; not used (a warning says so) when that folder, or one above it, belongs to another user or others can write to it (a sticky folder such as /tmp is fine)', zh: '防止同一证书的两次 upload 或 rotate 同时进行的锁文件位于 $XDG_CACHE_HOME/scm/locks（须为绝对路径），否则位于 ~/.cache/scm/locks；该目录或其上层任一目录属于其他用户或其他用户可写入时不使用（会给出警告；设置了粘滞位的共享目录，如系统临时目录，没有问题）' } },
      { names: ['HOME', 'USERPROFILE'], meaning: { en: 'without XDG_CONFIG_HOME: ~/.config/scm/; the project-file search stops at $HOME (outside it: the working directory only); both unset, empty or relative (HOME=.): the home directory of the passwd entry', zh: '未设置 XDG_CONFIG_HOME 时为 ~/.config/scm/；向上查找项目配置文件到 $HOME 为止（工作目录不在 $HOME 之下时只查工作目录）；两者均未设置、为空或为相对路径（如 HOME=.）时，使用系统用户账户中登记的主目录' } },
    ],
  },
  {
    group: { en: 'Inputs', zh: '输入' },
    vars: [
      { names: ['SCM_PFX_PASSWORD'], meaning: { en: 'password of a PKCS#12 (--pfx) file, unless --pfx-password-file is given', zh: 'PKCS#12（--pfx）文件的密码；指定了 --pfx-password-file 时不使用' } },
      { names: ['SCM_NOW'], meaning: { en: 'an ISO date (2030-01-01, 2030-01-01T08:00:00, 2030-01-01T08:00:00+08:00; UTC unless a zone is written): validate as of that moment instead of now (tests; "will it still be valid then?")', zh: '一个 ISO 格式的时间（2030-01-01、2030-01-01T08:00:00、2030-01-01T08:00:00+08:00；未写时区时按 UTC）：按该时刻而不是当前时间检查（用于测试，或回答“到那时还有效吗？”）' } },
    ],
  },
  {
    group: { en: 'ACME hooks (scm upload --from)', zh: 'ACME 钩子（`scm upload --from`）' },
    vars: [
      { names: ['RENEWED_LINEAGE', 'RENEWED_DOMAINS'], meaning: { en: "certbot's deploy hook: the live/ folder and the domains (--from certbot)", zh: 'certbot 的部署钩子：live/ 下的证书目录和域名（--from certbot）' } },
      { names: ['LEGO_HOOK_CERT_PATH', 'LEGO_HOOK_CERT_KEY_PATH', 'LEGO_HOOK_ISSUER_CERT_PATH', 'LEGO_HOOK_CERT_DOMAINS', 'LEGO_HOOK_CERT_NAME'], meaning: { en: "lego v5's hook: certificate (full chain), key, issuer (the chain, when the certificate is the leaf alone: --no-bundle), domains (--from lego)", zh: 'lego v5 的钩子：证书（完整证书链）、私钥、签发者证书（证书只含服务器证书时即为证书链：--no-bundle）、域名（--from lego）' } },
      { names: ['LEGO_CERT_PATH', 'LEGO_CERT_KEY_PATH', 'LEGO_ISSUER_CERT_PATH', 'LEGO_CERT_DOMAIN'], meaning: { en: "lego v4's run/renew hook, used when the v5 names are not set (--from lego); without the issuer variable (older v4), the .issuer.crt beside the .crt", zh: 'lego v4 的 run/renew 钩子，未设置 v5 的变量时使用（--from lego）；没有签发者变量时（较早的 v4）使用 .crt 旁的 .issuer.crt' } },
      { names: ['CERT_PATH', 'CERT_KEY_PATH', 'CA_CERT_PATH', 'CERT_FULLCHAIN_PATH', 'Le_Domain'], meaning: { en: "acme.sh's hooks and --reloadcmd (--from acme.sh)", zh: 'acme.sh 的钩子和 --reloadcmd（--from acme.sh）' } },
    ],
  },
  {
    group: { en: 'Output and interaction', zh: '输出与交互' },
    vars: [
      { names: ['NO_COLOR'], meaning: { en: 'set (non-empty): no colour (also --no-color)', zh: '设置为非空值时不使用彩色（同 --no-color）' } },
      { names: ['FORCE_COLOR'], meaning: { en: 'colour even when not a terminal, and even with NO_COLOR set (0 or false: never; empty: as unset)', zh: '输出不是终端时也使用彩色，即使设置了 NO_COLOR 也是如此（设为“0”或“false”时从不使用；空值视为未设置）' } },
      { names: ['TERM', 'COLORTERM'], meaning: { en: 'TERM=dumb: no colour, no spinner; COLORTERM=truecolor: 24-bit colour', zh: 'TERM=dumb：不使用彩色，不显示进度动画；COLORTERM=truecolor：使用 24 位真彩色' } },
      { names: ['CI'], meaning: { en: 'CI=true (or 1): never prompt or wait for typing (as --no-input), no spinner', zh: 'CI=true（或 1）：从不提示或等待输入（同 --no-input），不显示进度动画' } },
      { names: ['LC_ALL', 'LC_MESSAGES', 'LANG'], meaning: { en: 'the first one set decides the language: zh* is Chinese (zh_CN alone too), anything else English; a zh* locale that names a character set other than UTF-8 (zh_CN.GB18030, zh_CN.GBK) gets English (--lang and lang in a config file win); LANGUAGE is not read', zh: '按此顺序取第一个已设置的变量决定语言：zh 开头为中文（不带字符集的 zh_CN 也是），其他为英文；指明了 UTF-8 以外字符集的 zh 区域设置（如 zh_CN.GB18030、zh_CN.GBK）使用英文（--lang 和配置文件中的“lang”优先）；不读取 LANGUAGE' } },
      { names: ['LC_CTYPE'], meaning: { en: 'the character set (after LC_ALL, before LANG): one named that is not UTF-8 (C and POSIX included) turns a zh* locale to English, since scm writes UTF-8 only', zh: '字符集（在 LC_ALL 之后、LANG 之前）：指明的字符集不是 UTF-8 时（`C` 和 `POSIX` 这两种 ASCII 区域设置也算），zh 开头的区域设置也使用英文，因为 scm 只输出 UTF-8' } },
      { names: ['COLUMNS'], meaning: { en: 'width of --help when the output is not a terminal (default 80)', zh: '输出不是终端时 --help 的宽度（默认 80）' } },
    ],
  },
  {
    group: { en: 'scm emulator', zh: '`scm emulator`' },
    vars: [
      { names: ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], meaning: { en: 'the AK/SK it accepts (default: the public demo pair, see scm emulator --help)', zh: '模拟器接受的 AK/SK（默认：公开的演示用密钥对，见 `scm emulator --help`）' } },
      { names: ['SCM_AUTH_TOKEN'], meaning: { en: 'an X-Auth-Token it accepts as well', zh: '模拟器另外接受的 X-Auth-Token' } },
    ],
  },
];
