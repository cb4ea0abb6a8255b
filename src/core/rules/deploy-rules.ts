// Rules `scm deploy` and `scm rotate` check before anything is deployed (DeployCertificate): the service, the
// project an ELB or WAF certificate lives in, whether the certificate covers each CDN domain, and (rotate)
// every name of the ELB or WAF certificate it replaces. The id is push-id-format's (the same rule), and SM2
// and expiry are the target-* rules of the upload table (SCM.0010).
import { rule as r, type RuleMeta } from './types.js';

export const DEPLOY_RULES: readonly RuleMeta[] = [
  r('deploy-service', 'error', 'SCM.0030',
    { en: 'The deployment target service is not CDN, WAF or ELB', zh: '部署目标服务不是 CDN、WAF 或 ELB' },
    { en: 'Use --service CDN, --service WAF or --service ELB (DeployCertificate takes no other service).', zh: '请使用 --service CDN、--service WAF 或 --service ELB（部署接口不支持其他服务）。' }),
  r('deploy-project-missing', 'error', 'SCM.0069',
    { en: 'Deploying to WAF or ELB needs the project (region) the certificate to replace is in', zh: '部署到 WAF 或 ELB 时必须指明要替换的证书所在的项目（区域）' },
    { en: 'Add --project REGION, the region of the ELB or WAF certificate named by --resource, such as --project cn-north-4.', zh: '请添加 --project 区域，即 --resource 所指 ELB 或 WAF 证书所在的区域，例如 --project cn-north-4。' }),
  r('deploy-project-unknown', 'error', 'SCM.0069',
    { en: 'The project is not a known region id (or region_subproject)', zh: '项目不是已知的区域 ID（或“区域_子项目”）' },
    { en: 'Give the region where the ELB or WAF certificate is, such as --project cn-north-4, or a sub-project such as cn-north-4_prod.', zh: '请填写 ELB 或 WAF 证书所在的区域，例如 --project cn-north-4，或子项目，例如 cn-north-4_prod。' }),
  r('deploy-cdn-project', 'warning', null,
    { en: 'CDN is a global service, so --project is ignored for CDN deployments', zh: 'CDN 是全局服务，部署到 CDN 时忽略 --project' },
    { en: 'Drop --project when deploying to CDN; each --resource is a CDN domain name.', zh: '部署到 CDN 时请去掉 --project；每个 --resource 都是一个 CDN 加速域名。' }),
  r('deploy-cdn-not-covered', 'error', null,
    { en: 'The certificate does not cover a CDN domain it would be deployed to', zh: '证书不包含要部署到的 CDN 加速域名' },
    { en: 'Deploy a certificate whose names include the domain (a wildcard *.example.com covers one level: a.example.com, not example.com or a.b.example.com); CDN refuses it otherwise.', zh: '请部署包含该域名的证书（通配符 *.example.com 只覆盖一级：覆盖 a.example.com，不覆盖 example.com 和 a.b.example.com）；否则 CDN 会拒绝。' }),
  r('rotate-names-not-covered', 'error', null,
    { en: 'The new certificate does not cover every name of a certificate it would replace on ELB or WAF', zh: '新证书没有覆盖它要在 ELB 或 WAF 上替换的证书的全部域名' },
    { en: 'An ELB or WAF certificate serves every name it binds: replacing it by a certificate with fewer names breaks HTTPS for the others. Rotate to a certificate whose names include every one of the old one (a wildcard *.example.com covers a.example.com, not example.com), or rotate only the old certificates whose names it covers, named by their ids (with --domain, every certificate that covers the domain is replaced).', zh: 'ELB 或 WAF 证书用于它包含的所有域名：换成域名更少的证书会使其他域名的 HTTPS 中断。请轮换为包含旧证书全部域名的证书（通配符 *.example.com 覆盖 a.example.com，不覆盖 example.com），或只轮换它能覆盖全部域名的旧证书，用 ID 指定这些证书（使用 --domain 时，会替换所有覆盖该域名的证书）。' }),
  r('rotate-domain-not-covered', 'error', null,
    { en: 'The new certificate does not cover the --domain whose certificates it would replace', zh: '新证书没有覆盖 --domain 指定的域名，却要替换该域名的证书' },
    { en: 'With --domain D, every certificate that covers D is replaced: give a new certificate whose names include D (a wildcard *.example.com covers a.example.com, not example.com), or check that these are the files or the id you meant.', zh: '使用 --domain 域名时，会替换所有覆盖该域名的证书：请给出包含该域名的新证书（通配符 *.example.com 覆盖 a.example.com，不覆盖 example.com），或确认文件或 ID 是否正确。' }),
  r('deploy-waf-only', 'error', null,
    { en: 'A WAF option was given for a deployment to another service', zh: '部署到非 WAF 服务时给出了只适用于 WAF 的选项' },
    { en: 'Use --waf-type (premium or cloud) and --enterprise-project-id with --service WAF only.', zh: '--waf-type（“premium”或“cloud”）和 --enterprise-project-id 只能与 --service WAF 一起使用。' }),
  // DeployCertificate's resource `type` is required for WAF (SDK model DeployedResource; Terraform's
  // ccm_certificate_deploy), and ListDeployedResources does not say a WAF resource's edition: without
  // --waf-type each is tried as cloud, then premium (src/core/deploy/targets.ts WAF_TYPE_GUESSES). A resource
  // refused as one edition took nothing, so the other is no second deployment.
  r('deploy-waf-type-missing', 'warning', null,
    { en: 'No WAF edition was given, so each WAF resource is sent as cloud WAF, and again as premium (dedicated) WAF if WAF refuses it', zh: '没有指定 WAF 版本，每个 WAF 资源先按云模式 WAF 发送，被 WAF 拒绝时再按独享版 WAF 发送' },
    { en: 'Add --waf-type premium (dedicated WAF) or --waf-type cloud (cloud WAF) to send that edition only; DeployCertificate requires the type for WAF, and SCM does not say which a resource is. In a renewal hook: SCM_HOOK_WAF_TYPE (certbot), DEPLOY_SCM_WAF_TYPE (acme.sh), or --waf-type after --rotate (lego).', zh: '请添加 `--waf-type premium`（独享版 WAF）或 `--waf-type cloud`（云模式 WAF）即只按该版本发送；部署接口要求 WAF 资源带上类型，而 SCM 不会告知资源属于哪个版本。在续期钩子中：certbot 设置 SCM_HOOK_WAF_TYPE，acme.sh 设置 DEPLOY_SCM_WAF_TYPE，lego 在 --rotate 后加 --waf-type。' }),
];
