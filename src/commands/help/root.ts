// The root page of `scm --help` (and of the man page): the examples a first-time user sees.
import type { Example } from '../types.js';

export const ROOT_EXAMPLES: Example[] = [
  { cmd: 'scm validate /etc/letsencrypt/live/example.com', note: { en: 'check a bundle offline before uploading', zh: '上传前离线检查证书和私钥' } },
  { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com-2026', note: { en: 'import into SCM', zh: '导入 SCM' } },
  { cmd: 'scm push scs1700000000000 --service WAF --project cn-north-4', note: { en: 'push to a cloud service', zh: '推送到云服务' } },
  { cmd: 'scm explain SCM.0014', note: { en: 'what an error code means and how to fix it', zh: '查看错误码的含义和解决方法' } },
];
