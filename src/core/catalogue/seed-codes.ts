// The 34 rows of the user's error-code table (shared/seed/scm-error-codes.md). Status and the Chinese
// message/description/fix are verbatim; test/unit/catalogue-seed.test.ts parses the table and checks them.
import { SCM_ERROR_PAGE as docs } from './docs-links.js';
import type { CatalogueEntry } from './types.js';

const CONTACT_SUPPORT = { zh: '请联系客服处理', en: 'Contact Huawei Cloud customer service.' };

export const SEED_CODES: CatalogueEntry[] = [
  {
    code: 'SCM.0005', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '请求参数错误', en: 'Incorrect request parameter.' },
    description: { zh: '请求参数错误', en: 'A request parameter is missing, too long or malformed.' },
    fix: {
      zh: '请填写正确的请求参数',
      en: 'Pass valid parameters: certificate at most 4096 characters (leaf only), certificate_chain at most 8192, private_key at most 4096, enterprise_project_id "0", "all" or a UUID.',
    },
  },
  {
    code: 'SCM.0008', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书编号异常', en: 'Abnormal certificate ID' },
    description: { zh: '证书编号异常', en: 'The certificate ID is abnormal.' },
    fix: {
      zh: '请确认证书ID（scs加13位数字）存在，并且属于当前凭证所属的用户。',
      en: 'Check that the certificate ID (scs + 13 digits) exists and belongs to the user whose credentials you are using.',
    },
    seedRemark: '这个是否需要修改，有的地方在做这个证书的userid和token里的userid不匹配时也使用这个错误码，然后返回400',
    notes: [{
      zh: '服务端在证书所属用户与Token中的用户不一致时也返回此错误码（HTTP 400），所以ID正确时也可能是凭证用错了账号。',
      en: 'The service also returns this code (HTTP 400) when the certificate belongs to a different user than the token or AK/SK, so a correct ID can still fail with credentials of another account.',
    }],
  },
  {
    code: 'SCM.0009', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书未绑定域名，上传失败', en: 'Failed to upload the certificate because no domain name is bound to the certificate.' },
    description: { zh: '证书未绑定域名，上传失败', en: 'The certificate names no domain: it has no Common Name and no DNS subject alternative name.' },
    fix: { zh: '请传递已绑定域名的证书', en: 'Upload a certificate issued for a domain name (CN or DNS SAN).' },
  },
  {
    code: 'SCM.0010', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书类型或当前状态不支持此操作', en: 'This operation is not allowed by the current certificate type or status.' },
    description: { zh: '证书类型或当前状态不支持此操作', en: 'The certificate type or status does not allow this operation (for example pushing an SM2 or expired certificate).' },
    fix: {
      zh: '请使用类型和状态允许该操作的证书：国密（SM2）证书不能推送到其他云服务，过期证书不能推送，请先上传有效的RSA/ECC证书。',
      en: 'Use a certificate whose type and status allow the operation: SM2 certificates cannot be pushed to other services and expired certificates cannot be pushed; upload a valid RSA or ECC certificate first.',
    },
    seedRemark: '有地方返回403',
    quirkStatuses: [403],
    notes: [{
      zh: '部分接口返回此错误码时HTTP状态码为403而不是400，脚本不要只按状态码判断。',
      en: 'Some operations return this code with HTTP 403 instead of 400; scripts should match the error code, not only the status.',
    }],
  },
  {
    code: 'SCM.0012', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '上传私钥解析不正确，请确保填写已签发证书', en: 'The uploaded private key failed to be resolved. Ensure that the certificate has been issued.' },
    description: { zh: '上传私钥解析不正确，请确保填写已签发证书', en: 'The private key cannot be parsed: it is damaged, password-protected, or not a private key.' },
    fix: { zh: '请填写正确的证书私钥', en: 'Send the unencrypted PEM private key that belongs to the certificate (remove a passphrase with `openssl pkey -in key.pem -out plain.pem`).' },
  },
  {
    code: 'SCM.0013', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '上传证书链解析不正确，请确保填写已签发证书', en: 'The uploaded certificate chain failed to be resolved. Ensure that the certificate has been issued.' },
    description: { zh: '上传证书链解析不正确，请确保填写已签发证书', en: 'A certificate in the chain cannot be parsed, or the chain holds something other than certificates.' },
    fix: {
      zh: '请填写正确的证书链：只包含PEM格式的中间证书，从签发服务器证书的CA开始。',
      en: 'Send a chain of PEM certificates only, starting with the CA that issued the server certificate.',
    },
    seedRemark: '有地方返回500，需要修改一下代码/请填写正确的证书链',
    quirkStatuses: [500],
    notes: [{
      zh: '部分接口返回此错误码时HTTP状态码为500；这不是服务故障，重试没有用，请修正证书链。',
      en: 'Some operations return this code with HTTP 500; it is not an outage and retrying will not help: fix the chain.',
    }],
  },
  {
    code: 'SCM.0014', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '上传证书和私钥不匹配', en: 'The uploaded certificate does not match the private key.' },
    description: { zh: '上传证书和私钥不匹配', en: "The private key is not the one whose public key is in the certificate." },
    fix: {
      zh: '请传递正确的证书和私钥',
      en: 'Pass the certificate together with its own private key; compare `openssl x509 -noout -pubkey -in cert.pem` with `openssl pkey -pubout -in key.pem`.',
    },
  },
  {
    code: 'SCM.0015', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '填写域名数量或格式与所购买证书要求不一致', en: 'The number or format of domain names entered does not meet the requirements of the your certificate.' },
    description: { zh: '填写域名数量或格式与所购买证书要求不一致', en: 'The number or format of the domain names differs from what the certificate requires.' },
    fix: { zh: '请上传单域名和泛域名证书', en: 'Upload single-domain or wildcard certificates whose names match the domains you entered.' },
  },
  {
    code: 'SCM.0020', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书ID错误', en: 'Incorrect certificate ID.' },
    description: { zh: '证书ID错误', en: 'The certificate ID is wrong.' },
    fix: { zh: '请传递正确的证书编号', en: 'Pass a certificate ID of the form scs + 13 digits, as printed by `scm upload`.' },
  },
  {
    code: 'SCM.0030', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '暂不支持的推送服务类型', en: 'Certificates cannot be pushed to this service.' },
    description: { zh: '暂不支持的推送服务类型', en: 'The push target service is not supported.' },
    fix: { zh: '请填写正确的推送服务', en: 'Push to one of CDN, WAF or ELB.' },
  },
  {
    code: 'SCM.0031', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书解析异常', en: 'Certificate parsing error.' },
    description: { zh: '证书解析异常', en: 'The certificate cannot be parsed.' },
    fix: { zh: '请上传正确的证书', en: 'Upload a valid PEM certificate (convert DER with `openssl x509 -inform der -in cert.der -out cert.pem`).' },
  },
  {
    code: 'SCM.0032', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书名称错误', en: 'Incorrect certificate name.' },
    description: { zh: '证书名称错误', en: 'The certificate name breaks the naming rule.' },
    fix: { zh: '请填写正确的证书名称', en: 'Use a name of 3 to 63 characters made of letters, digits, "_", "-" and ".".' },
  },
  {
    code: 'SCM.0059', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书私钥为空', en: 'The certificate private key is empty.' },
    description: { zh: '证书私钥为空', en: 'The certificate private key is empty.' },
    fix: CONTACT_SUPPORT,
    notes: [{
      zh: '上传时出现此错误说明private_key字段为空：请确认私钥文件不为空并随请求一起发送。',
      en: 'On upload this means the private_key field was empty: check that the key file is not empty and is sent with the request.',
    }],
  },
  {
    code: 'SCM.0069', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '项目不存在', en: 'The project does not exist.' },
    description: { zh: '项目不存在', en: 'The project does not exist.' },
    fix: { zh: '请选择存在的项目', en: 'Choose an existing project: the region id of the target service, such as cn-north-4.' },
  },
  {
    code: 'SCM.0070', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '上传证书域名格式错误', en: 'The domain name format of the uploaded certificate is wrong.' },
    description: { zh: '上传证书域名格式错误', en: 'The domain name format of the uploaded certificate is wrong.' },
    fix: { zh: '请传递正确证书', en: 'Upload a certificate whose names are valid host names (IDNs in punycode, wildcards only as the whole leftmost label).' },
  },
  {
    code: 'SCM.0201', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '推送失败，ELB error message：', en: 'Push failed, ELB error message:' },
    description: { zh: '推送失败，ELB error message：', en: 'Push failed, ELB error message:' },
    fix: CONTACT_SUPPORT,
    notes: [{ zh: '错误信息后半部分是ELB返回的原因，请先按该原因处理。', en: "The rest of the message is ELB's own reason; act on that first." }],
  },
  {
    code: 'SCM.0202', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: 'ELB权限不足', en: 'Insufficient ELB permissions.' },
    description: { zh: 'ELB权限不足', en: 'Insufficient ELB permissions.' },
    fix: { zh: '请配置ELB权限', en: 'Grant ELB permissions to the user (or agency) that pushes the certificate.' },
  },
  {
    code: 'SCM.0203', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: 'ELB推送失败', en: 'ELB push failed.' },
    description: { zh: 'ELB推送失败', en: 'ELB push failed.' },
    fix: CONTACT_SUPPORT,
  },
  {
    code: 'SCM.0211', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '推送失败，CDN error message：', en: 'Push failed, CDN error message:' },
    description: { zh: '推送失败，CDN error message：', en: 'Push failed, CDN error message:' },
    fix: CONTACT_SUPPORT,
    notes: [{ zh: '错误信息后半部分是CDN返回的原因，请先按该原因处理。', en: "The rest of the message is CDN's own reason; act on that first." }],
  },
  {
    code: 'SCM.0212', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: 'CDN权限不足', en: 'Insufficient CDN permissions.' },
    description: { zh: 'CDN权限不足', en: 'Insufficient CDN permissions.' },
    fix: { zh: '请配置CND权限', en: 'Grant CDN permissions to the user that pushes the certificate (the table writes "CND").' },
    notes: [{
      zh: 'CDN读取SCM证书还需要CDN到SCM的委托；缺少时CDN会返回CDN.00010198。',
      en: 'CDN also needs its agency (delegation) to read SCM; without it CDN answers CDN.00010198 "Insufficient permission to access scm".',
    }],
  },
  {
    code: 'SCM.0221', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '推送失败，WAF error message：', en: 'Push failed, WAF error message:' },
    description: { zh: '推送失败，WAF error message：', en: 'Push failed, WAF error message:' },
    fix: CONTACT_SUPPORT,
    notes: [{ zh: '错误信息后半部分是WAF返回的原因，请先按该原因处理。', en: "The rest of the message is WAF's own reason; act on that first." }],
  },
  {
    code: 'SCM.0222', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: 'WAF权限不足', en: 'Insufficient WAF permissions.' },
    description: { zh: 'WAF权限不足', en: 'Insufficient WAF permissions.' },
    fix: { zh: '请配置WAF权限', en: 'Grant WAF permissions to the user that pushes the certificate.' },
  },
  {
    code: 'SCM.1000', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '请求所带的Token没有经过认证或者认证失败', en: 'The token in the request was not authenticated or failed authentication.' },
    description: { zh: '请求所带的Token没有经过认证或者认证失败', en: 'The token in the request was not authenticated or failed authentication.' },
    fix: { zh: '请填写正确token', en: 'Send a valid, unexpired project-scoped IAM token (SCM_AUTH_TOKEN), or use AK/SK instead.' },
  },
  {
    code: 'SCM.1004', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '公测服务被拒绝', en: 'Access to the open beta service was denied.' },
    description: { zh: '用户未申请服务公测，请先申请公测', en: 'The user has not applied for the open beta of the service; apply first.' },
    fix: { zh: '请申请公测', en: 'Apply for the open beta.' },
  },
  {
    code: 'SCM.1009', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '账户受限', en: 'The account is restricted.' },
    description: { zh: '账户受限', en: 'The account is restricted.' },
    fix: { zh: '请联系管理员解冻', en: 'Ask the account administrator to lift the restriction.' },
  },
  {
    code: 'SCM.1010', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '账户冻结', en: 'The account is frozen.' },
    description: { zh: '账户冻结', en: 'The account is frozen.' },
    fix: { zh: '请联系管理员解冻', en: 'Ask the account administrator to unfreeze the account.' },
  },
  {
    code: 'SCM.4002', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '您的权限不足。缺少策略', en: 'Insufficient permissions: a policy is missing.' },
    description: { zh: '您的权限不足。缺少策略', en: 'Insufficient permissions: a policy is missing.' },
    fix: { zh: '请联系管理员添加策略', en: 'Ask the administrator to add an IAM policy with the SCM actions you need (scm:cert:import, scm:cert:push, scm:cert:list, scm:cert:get).' },
  },
  {
    code: 'SCM.0002', status: 403, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '租户ID错误', en: 'Incorrect tenant ID.' },
    description: { zh: '租户ID错误', en: 'Incorrect tenant ID.' },
    fix: { zh: '请传递正确与X-Auth-Token匹配的projectId', en: 'Send the project ID that matches the X-Auth-Token (HUAWEICLOUD_SDK_PROJECT_ID).' },
  },
  {
    code: 'SCM.0007', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书下载失败', en: 'Failed to download the certificate.' },
    description: { zh: '证书下载失败', en: 'Failed to download the certificate.' },
    fix: CONTACT_SUPPORT,
  },
  {
    code: 'SCM.0037', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书加密失败', en: 'Failed to encrypt the certificate.' },
    description: { zh: '证书加密失败', en: 'Failed to encrypt the certificate.' },
    fix: CONTACT_SUPPORT,
  },
  {
    code: 'SCM.0038', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书加密失败', en: 'Failed to encrypt the certificate.' },
    description: { zh: '证书加密失败（应该是解密失败，实际上是在解密DEK）', en: 'Failed to encrypt the certificate (really a decryption failure: it happens while decrypting the data encryption key, DEK).' },
    fix: CONTACT_SUPPORT,
    notes: [{
      zh: '尽管提示"加密失败"，此错误实际发生在服务端解密数据加密密钥（DEK）时，与您上传的内容无关；请带上请求ID联系客服。',
      en: 'Despite saying "encryption failed", this comes from the service decrypting its data encryption key (DEK), not from what you sent; contact support with the request ID.',
    }],
  },
  {
    code: 'SCM.0213', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: 'CDN推送失败', en: 'CDN push failed.' },
    description: { zh: 'CDN推送失败', en: 'CDN push failed.' },
    fix: CONTACT_SUPPORT,
  },
  {
    code: 'SCM.0223', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: 'WAF推送失败', en: 'WAF push failed.' },
    description: { zh: 'WAF推送失败', en: 'WAF push failed.' },
    fix: CONTACT_SUPPORT,
  },
  {
    code: 'SCM.4001', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '访问PDP接口错误', en: 'Error accessing the PDP interface.' },
    description: { zh: '获取细粒度授权结果失败', en: 'Failed to get the fine-grained authorization result.' },
    fix: CONTACT_SUPPORT,
  },
];
