// Rules `scm deploy` and `scm rotate` check before anything is deployed (DeployCertificate): the service, the
// project an ELB or WAF certificate lives in, whether the certificate covers each CDN domain, and (rotate)
// every name of the ELB or WAF certificate it replaces. The id is push-id-format's (the same rule), and SM2
// and expiry are the target-* rules of the upload table (SCM.0010).
import { rule as r, type RuleMeta } from './types.js';

export const DEPLOY_RULES: readonly RuleMeta[] = [
  r('deploy-service', 'error', 'SCM.0030',
    { en: 'The deployment target service is not CDN, WAF or ELB', zh: '部署目标服务不是CDN、WAF或ELB' },
    { en: 'Use --service CDN, --service WAF or --service ELB (DeployCertificate takes no other service).', zh: '请使用 --service CDN、--service WAF 或 --service ELB（部署接口不支持其他服务）。' }),
  r('deploy-project-missing', 'error', 'SCM.0069',
    { en: 'Deploying to WAF or ELB needs the project (region) the certificate to replace is in', zh: '部署到WAF或ELB时必须指明要替换的证书所在的项目（区域）' },
    { en: 'Add --project REGION, the region of the ELB or WAF certificate named by --resource, such as --project cn-north-4.', zh: '请添加 --project 区域，即 --resource 所指ELB或WAF证书所在的区域，例如 --project cn-north-4。' }),
  r('deploy-project-unknown', 'error', 'SCM.0069',
    { en: 'The project is not a known region id (or region_subproject)', zh: '项目不是已知的区域ID（或“区域_子项目”）' },
    { en: 'Give the region where the ELB or WAF certificate is, such as --project cn-north-4, or a sub-project such as cn-north-4_prod.', zh: '请填写ELB或WAF证书所在的区域，例如 --project cn-north-4，或子项目，例如 cn-north-4_prod。' }),
  r('deploy-cdn-project', 'warning', null,
    { en: 'CDN is a global service: --project is ignored for CDN deployments', zh: 'CDN是全局服务：部署到CDN时忽略 --project' },
    { en: 'Drop --project when deploying to CDN; each --resource is a CDN domain name.', zh: '部署到CDN时请去掉 --project；每个 --resource 都是一个CDN加速域名。' }),
  r('deploy-cdn-not-covered', 'error', null,
    { en: 'The certificate does not cover a CDN domain it would be deployed to', zh: '证书不包含要部署到的CDN加速域名' },
    { en: 'Deploy a certificate whose names include the domain (a wildcard *.example.com covers one level: a.example.com, not example.com or a.b.example.com); CDN refuses it otherwise.', zh: '请部署名称中包含该域名的证书（通配符*.example.com只覆盖一级：a.example.com，不含example.com和a.b.example.com）；否则CDN会拒绝。' }),
  r('rotate-names-not-covered', 'error', null,
    { en: 'The new certificate does not cover every name of a certificate it would replace on ELB or WAF', zh: '新证书没有覆盖它要在ELB或WAF上替换的证书的全部名称' },
    { en: 'An ELB or WAF certificate serves every name it binds: replacing it by a certificate with fewer names breaks HTTPS for the others. Rotate to a certificate whose names include every one of the old one (a wildcard *.example.com covers a.example.com, not example.com), or rotate only the old certificates whose names it covers, named by their ids (with --domain, every certificate that covers the domain is replaced).', zh: 'ELB或WAF证书用于它包含的所有名称：换成名称更少的证书会使其他名称的HTTPS中断。请轮换为包含旧证书全部名称的证书（通配符*.example.com覆盖a.example.com，不含example.com），或只轮换它能覆盖全部名称的旧证书，用ID指定这些证书（使用 --domain 时，会替换所有覆盖该域名的证书）。' }),
  r('deploy-waf-only', 'error', null,
    { en: 'A WAF option was given for a deployment to another service', zh: '部署到非WAF服务时给出了只适用于WAF的选项' },
    { en: 'Use --waf-type (premium or cloud) and --enterprise-project-id with --service WAF only.', zh: '--waf-type（"premium" 或 "cloud"）和 --enterprise-project-id 只能与 --service WAF 一起使用。' }),
  // DeployCertificate's resource `type` is required for WAF (SDK model DeployedResource; Terraform's
  // ccm_certificate_deploy): sent without it, SCM refuses the request.
  r('deploy-waf-type-missing', 'error', null,
    { en: 'Deploying to WAF needs the WAF edition of the resources', zh: '部署到WAF时必须指明WAF实例的版本' },
    { en: 'Add --waf-type premium (dedicated WAF) or --waf-type cloud (cloud WAF); DeployCertificate requires it for WAF. In a renewal hook: SCM_HOOK_WAF_TYPE (certbot), DEPLOY_SCM_WAF_TYPE (acme.sh), or --waf-type after --rotate (lego).', zh: '请添加 --waf-type "premium"（独享版WAF）或 --waf-type "cloud"（云模式WAF）；部署接口要求WAF资源带上该类型。在续期钩子中：certbot 设置 SCM_HOOK_WAF_TYPE，acme.sh 设置 DEPLOY_SCM_WAF_TYPE，lego 在 --rotate 后加 --waf-type。' }),
];
