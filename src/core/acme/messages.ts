// What `--from certbot|lego|acme.sh` says when the hook environment lacks something, in English and Chinese.
import type { Messages } from '../i18n.js';

export const A = {
  missing: { en: '--from {client}: {what}', zh: '--from {client}：{what}' },
  notSet: { en: '{name} is not set', zh: '没有设置 {name}' },
  empty: { en: '{name} is empty', zh: '{name} 的值为空' },
  legoNeither: { en: 'neither LEGO_HOOK_CERT_PATH (lego v5) nor LEGO_CERT_PATH (lego v4) is set', zh: 'LEGO_HOOK_CERT_PATH（lego v5）和 LEGO_CERT_PATH（lego v4）都没有设置' },
  acmeShNeither: { en: 'neither CERT_FULLCHAIN_PATH nor CERT_PATH is set', zh: 'CERT_FULLCHAIN_PATH 和 CERT_PATH 都没有设置' },
  forChain: {
    en: '{what} (without CERT_FULLCHAIN_PATH, the chain sent with CERT_PATH is read from it)',
    zh: '{what}（没有 CERT_FULLCHAIN_PATH 时，随 CERT_PATH 发送的证书链从它读取）',
  },
  notAFolder: {
    en: "{name} must be a folder (certbot's live/ folder of the certificate, holding fullchain.pem and privkey.pem); {path} is not one",
    zh: '{name} 必须是目录（certbot 在 live/ 下为这张证书建的目录，其中有 fullchain.pem 和 privkey.pem）；{path} 不是目录',
  },
  noFolder: {
    en: "{name} names {path}, which does not exist (it should be certbot's live/ folder of the certificate, holding fullchain.pem and privkey.pem)",
    zh: '{name} 指向的 {path} 不存在（它应是 certbot 在 live/ 下为这张证书建的目录，其中有 fullchain.pem 和 privkey.pem）',
  },
  noDomain: {
    en: '{what}, and without --name scm needs it to name the certificate',
    zh: '{what}，而不指定 --name 时，scm 要用它给证书命名',
  },
  hint: { en: '{how}; or pass the files with --cert/--key', zh: '{how}；也可以用 --cert/--key 直接传入文件' },
  hookCertbot: {
    en: "run it as certbot's deploy hook: certbot renew --deploy-hook 'scm upload --from certbot'",
    zh: "请作为 certbot 的部署钩子运行：`certbot renew --deploy-hook 'scm upload --from certbot'`",
  },
  hookLego: {
    en: "run it as lego's hook: lego ... run --run-hook 'scm upload --from lego' (v4; renewals: renew --renew-hook) or --deploy-hook (v5)",
    zh: "请作为 lego 的钩子运行：`lego ... run --run-hook 'scm upload --from lego'`（v4，续期时用 `renew --renew-hook`）或 `--deploy-hook`（v5）",
  },
  hookAcmeSh: {
    en: "run it from acme.sh (--reloadcmd 'scm upload --from acme.sh', or the deploy hook contrib/acme.sh/scm.sh)",
    zh: "请从 acme.sh 中运行（`--reloadcmd 'scm upload --from acme.sh'`，或使用部署钩子 contrib/acme.sh/scm.sh）",
  },
} satisfies Messages;
