// The 34 rows of the user's error-code table (shared/seed/scm-error-codes.md). `seed` keeps each row's
// 描述 and 解决方案 verbatim and the Chinese message is the table's; the cause and fix in both languages are
// ours, because the table's often repeat the message ("证书名称错误" / "请填写正确的证书名称"). A fix column that
// holds a note for the service's own developers is also kept as `seedRemark` (--json only), its fact as a note.
// test/unit/catalogue-seed.test.ts parses the table and checks all of it.
import { SCM_ERROR_PAGE as docs } from './docs-links.js';
import { allActions } from './iam-actions.js';
import type { CatalogueEntry } from './types.js';

/** Every IAM action scm uses (iam-actions.ts), for SCM.4002's fix. */
const ACTIONS = allActions();

/** The table's 描述 and 解决方案 columns, verbatim. */
export interface SeedText {
  description: string;
  fix: string;
}

export type SeedEntry = CatalogueEntry & { seed: SeedText };

/** Faults on the service's side: nothing in the request to change. */
const SERVICE_FAULT = {
  zh: '请稍后重试；仍然失败时，请带上请求 ID 联系华为云客服。',
  en: 'Retry later; if it keeps failing, contact Huawei Cloud customer service with the request ID.',
};

/** A push the target service refused with its own reason after the colon ("...ELB error message：<reason>"). */
function refusedPush(code: string, service: string): SeedEntry {
  const message = { zh: `推送失败，${service} error message：`, en: `Push failed, ${service} error message:` };
  return {
    code, status: 400, origin: 'seed', enSource: 'translated', docs, message,
    description: { zh: `${service} 拒绝了推送的证书；错误信息冒号后面是 ${service} 给出的原因。`, en: `${service} refused the certificate; its own reason follows the colon in the error message.` },
    fix: { zh: `请按错误信息中 ${service} 给出的原因处理；仍无法解决时，请带上请求 ID 联系华为云客服。`, en: `Act on the reason ${service} gives after the colon; if that does not help, contact Huawei Cloud customer service with the request ID.` },
    seed: { description: message.zh, fix: '请联系客服处理' },
  };
}

/** A push that failed inside the target service without a reason. */
function failedPush(code: string, status: number, service: string): SeedEntry {
  return {
    code, status, origin: 'seed', enSource: 'translated', docs,
    message: { zh: `${service}推送失败`, en: `${service} push failed.` },
    description: { zh: `${service} 没有完成推送，也没有给出原因。`, en: `${service} did not complete the push and gave no reason.` },
    fix: SERVICE_FAULT,
    seed: { description: `${service}推送失败`, fix: '请联系客服处理' },
  };
}

/** The user that pushes lacks the target service's permissions. */
function pushPermission(code: string, service: string, seedFix: string): SeedEntry {
  return {
    code, status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: `${service}权限不足`, en: `Insufficient ${service} permissions.` },
    description: { zh: `推送证书的 IAM 用户（或委托）没有 ${service} 的相关权限。`, en: `The IAM user (or agency) that pushes the certificate lacks ${service} permissions.` },
    fix: { zh: `请为推送证书的 IAM 用户（或委托）授予 ${service} 权限。`, en: `Grant ${service} permissions to the IAM user (or agency) that pushes the certificate.` },
    seed: { description: `${service}权限不足`, fix: seedFix },
  };
}

const REMARK_0008 = '这个是否需要修改，有的地方在做这个证书的userid和token里的userid不匹配时也使用这个错误码，然后返回400';
const REMARK_0010 = '有地方返回403';
const REMARK_0013 = '有地方返回500，需要修改一下代码/请填写正确的证书链';

export const SEED_CODES: SeedEntry[] = [
  {
    code: 'SCM.0005', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '请求参数错误', en: 'Incorrect request parameter.' },
    description: { zh: '请求中缺少某个参数，或者参数过长、格式不正确。', en: 'A request parameter is missing, too long or malformed.' },
    fix: {
      zh: '请按要求传参，检查给出的 ID 和取值。导入证书时：证书字段只放服务器证书，不超过 4096 个字符；证书链不超过 8192 个字符；私钥不超过 4096 个字符；企业项目 ID 为“0”、“all”或 UUID。',
      en: 'Pass valid parameters: check the ids and values given. For an import: certificate at most 4096 characters (leaf only), certificate_chain at most 8192, private_key at most 4096, enterprise_project_id "0", "all" or a UUID.',
    },
    seed: { description: '请求参数错误', fix: '请填写正确的请求参数' },
  },
  {
    code: 'SCM.0008', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书编号异常', en: 'Abnormal certificate ID' },
    description: {
      zh: '当前账号下没有这个 ID 的证书，或者证书属于其他用户。',
      en: 'There is no certificate with this ID in this account, or it belongs to another user.',
    },
    fix: {
      zh: '请确认证书 ID（scs 加 13 位数字）存在，并且属于当前凭证所属的用户。',
      en: 'Check that the certificate ID (scs + 13 digits) exists and belongs to the user whose credentials you are using.',
    },
    seed: { description: '证书编号异常', fix: REMARK_0008 },
    seedRemark: REMARK_0008,
    notes: [{
      zh: '服务端在证书所属用户与 Token 中的用户不一致时也返回此错误码（HTTP 400），所以 ID 正确时也可能是凭证用错了账号。',
      en: 'The service also returns this code (HTTP 400) when the certificate belongs to a different user than the token or AK/SK, so a correct ID can still fail with credentials of another account.',
    }],
  },
  {
    code: 'SCM.0009', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书未绑定域名，上传失败', en: 'Failed to upload the certificate because no domain name is bound to the certificate.' },
    description: { zh: '证书中没有域名：既没有通用名称（CN），也没有 DNS 类型的使用者可选名称（SAN）。', en: 'The certificate names no domain: it has no Common Name and no DNS subject alternative name.' },
    fix: { zh: '请上传为域名签发的证书（CN 或 DNS 类型的 SAN 中至少有一个域名）。', en: 'Upload a certificate issued for a domain name (CN or DNS SAN).' },
    seed: { description: '证书未绑定域名，上传失败', fix: '请传递已绑定域名的证书' },
  },
  {
    code: 'SCM.0010', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书类型或当前状态不支持此操作', en: 'This operation is not allowed by the current certificate type or status.' },
    description: { zh: '证书的类型或状态不允许此操作，例如推送国密（SM2）证书或已过期的证书。', en: 'The certificate type or status does not allow this operation (for example pushing an SM2 or expired certificate).' },
    fix: {
      zh: '请用 `scm show ID` 查看证书的类型和状态：国密（SM2）证书不能推送或部署到其他云服务，过期证书不能推送；要推送时，请先上传有效的 RSA/ECC 证书。',
      en: 'Check the certificate\'s type and status with scm show ID: SM2 certificates cannot be pushed or deployed to other services and expired certificates cannot be pushed; to push, upload a valid RSA or ECC certificate first.',
    },
    seed: { description: '证书类型或当前状态不支持此操作', fix: REMARK_0010 },
    seedRemark: REMARK_0010,
    quirkStatuses: [403],
    notes: [{
      zh: '部分接口返回此错误码时 HTTP 状态码为 403 而不是 400，脚本不要只按状态码判断。',
      en: 'Some operations return this code with HTTP 403 instead of 400; scripts should match the error code, not only the status.',
    }],
  },
  {
    code: 'SCM.0012', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '上传私钥解析不正确，请确保填写已签发证书', en: 'The uploaded private key failed to be resolved. Ensure that the certificate has been issued.' },
    description: { zh: '私钥无法解析：文件已损坏、设置了密码，或者根本不是私钥。', en: 'The private key cannot be parsed: it is damaged, password-protected, or not a private key.' },
    fix: {
      zh: '请上传与证书配对且未加密的 PEM 私钥（可用 `openssl pkey -in key.pem -out plain.pem` 去掉密码）。',
      en: 'Send the unencrypted PEM private key that belongs to the certificate (remove a passphrase with `openssl pkey -in key.pem -out plain.pem`).',
    },
    seed: { description: '上传私钥解析不正确，请确保填写已签发证书', fix: '请填写正确的证书私钥' },
  },
  {
    code: 'SCM.0013', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '上传证书链解析不正确，请确保填写已签发证书', en: 'The uploaded certificate chain failed to be resolved. Ensure that the certificate has been issued.' },
    description: { zh: '证书链中有无法解析的证书，或者证书链里混入了证书以外的内容。', en: 'A certificate in the chain cannot be parsed, or the chain holds something other than certificates.' },
    fix: {
      zh: '请填写正确的证书链：只包含 PEM 格式的中间证书，从签发服务器证书的 CA 开始。',
      en: 'Send a chain of PEM certificates only, starting with the CA that issued the server certificate.',
    },
    seed: { description: '上传证书链解析不正确，请确保填写已签发证书', fix: REMARK_0013 },
    seedRemark: REMARK_0013,
    quirkStatuses: [500],
    notes: [{
      zh: '部分接口返回此错误码时 HTTP 状态码为 500；这不是服务故障，重试没有用，请修正证书链。',
      en: 'Some operations return this code with HTTP 500; it is not an outage and retrying will not help: fix the chain.',
    }],
  },
  {
    code: 'SCM.0014', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '上传证书和私钥不匹配', en: 'The uploaded certificate does not match the private key.' },
    description: { zh: '私钥与证书中的公钥不是一对。', en: "The private key is not the one whose public key is in the certificate." },
    fix: {
      zh: '请把证书和它自己的私钥一起上传；可比较 `openssl x509 -noout -pubkey -in cert.pem` 与 `openssl pkey -pubout -in key.pem` 的输出是否相同。',
      en: 'Pass the certificate together with its own private key; compare `openssl x509 -noout -pubkey -in cert.pem` with `openssl pkey -pubout -in key.pem`.',
    },
    seed: { description: '上传证书和私钥不匹配', fix: '请传递正确的证书和私钥' },
  },
  {
    code: 'SCM.0015', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '填写域名数量或格式与所购买证书要求不一致', en: 'The number or format of domain names entered does not meet the requirements of the your certificate.' },
    description: { zh: '填写的域名个数或格式与证书的要求不一致。', en: 'The number or format of the domain names differs from what the certificate requires.' },
    fix: { zh: '请上传单域名或泛域名证书，并确保证书中的域名与填写的域名一致。', en: 'Upload single-domain or wildcard certificates whose names match the domains you entered.' },
    seed: { description: '填写域名数量或格式与所购买证书要求不一致', fix: '请上传单域名和泛域名证书' },
  },
  {
    code: 'SCM.0020', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书ID错误', en: 'Incorrect certificate ID.' },
    description: { zh: '证书 ID 的格式不对：应为 scs 加 13 位数字。', en: 'The certificate ID is not in the form SCM uses: scs followed by 13 digits.' },
    fix: { zh: '请传入 `scm upload` 输出的证书 ID，形如 scs 加 13 位数字。', en: 'Pass a certificate ID of the form scs + 13 digits, as printed by `scm upload`.' },
    seed: { description: '证书ID错误', fix: '请传递正确的证书编号' },
  },
  {
    code: 'SCM.0030', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '暂不支持的推送服务类型', en: 'Certificates cannot be pushed to this service.' },
    description: { zh: '推送目标不是 SCM 支持的服务（CDN、WAF、ELB）。', en: 'The push target is not a service SCM pushes to (CDN, WAF, ELB).' },
    fix: { zh: '请推送到 CDN、WAF 或 ELB 之一。', en: 'Push to one of CDN, WAF or ELB.' },
    seed: { description: '暂不支持的推送服务类型', fix: '请填写正确的推送服务' },
  },
  {
    code: 'SCM.0031', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书解析异常', en: 'Certificate parsing error.' },
    description: { zh: '证书无法解析：内容已损坏、不是 PEM 格式，或者根本不是证书。', en: 'The certificate cannot be parsed: it is damaged, not PEM, or not a certificate.' },
    fix: {
      zh: '请上传 PEM 格式的有效证书（DER 格式可用 `openssl x509 -inform der -in cert.der -out cert.pem` 转换）。',
      en: 'Upload a valid PEM certificate (convert DER with `openssl x509 -inform der -in cert.der -out cert.pem`).',
    },
    seed: { description: '证书解析异常', fix: '请上传正确的证书' },
  },
  {
    code: 'SCM.0032', status: 400, origin: 'seed', enSource: 'published', docs,
    message: { zh: '证书名称错误', en: 'Incorrect certificate name.' },
    description: { zh: '证书名称为空、过短或过长，或者含有不允许的字符。', en: 'The certificate name is missing, too short or too long, or holds a character that is not allowed.' },
    fix: { zh: '请使用 3 到 63 个字符的名称，只能包含字母、数字、“_”、“-”和“.”。', en: 'Use a name of 3 to 63 characters made of letters, digits, "_", "-" and ".".' },
    seed: { description: '证书名称错误', fix: '请填写正确的证书名称' },
  },
  {
    code: 'SCM.0059', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书私钥为空', en: 'The certificate private key is empty.' },
    description: { zh: '请求中的私钥字段为空。', en: 'The private key field of the request is empty.' },
    fix: {
      zh: '请确认私钥文件不为空，并已随请求一起发送；确认无误仍然报错时，请联系华为云客服。',
      en: 'Check that the key file is not empty and is sent with the request; if it is and the error stays, contact Huawei Cloud customer service.',
    },
    seed: { description: '证书私钥为空', fix: '请联系客服处理' },
  },
  {
    code: 'SCM.0069', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '项目不存在', en: 'The project does not exist.' },
    description: { zh: '目标项目（区域）不存在，或者账号在该区域没有项目。', en: 'The target project (region) does not exist, or the account has no project there.' },
    fix: { zh: '请选择存在的项目：填写目标服务所在区域的 ID，例如 cn-north-4。', en: 'Choose an existing project: the region id of the target service, such as cn-north-4.' },
    seed: { description: '项目不存在', fix: '请选择存在的项目' },
  },
  {
    code: 'SCM.0070', status: 400, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '上传证书域名格式错误', en: 'The domain name format of the uploaded certificate is wrong.' },
    description: { zh: '证书中的某个域名不是合法的主机名。', en: 'A domain name in the certificate is not a valid host name.' },
    fix: {
      zh: '请上传域名全部合法的证书：国际化域名要转换为 Punycode，通配符只能单独作为最左边的一级（如*.example.com）。',
      en: 'Upload a certificate whose names are valid host names (IDNs in punycode, wildcards only as the whole leftmost label).',
    },
    seed: { description: '上传证书域名格式错误', fix: '请传递正确证书' },
  },
  refusedPush('SCM.0201', 'ELB'),
  pushPermission('SCM.0202', 'ELB', '请配置ELB权限'),
  failedPush('SCM.0203', 400, 'ELB'),
  refusedPush('SCM.0211', 'CDN'),
  {
    ...pushPermission('SCM.0212', 'CDN', '请配置CND权限'),
    notes: [{
      zh: 'CDN 读取 SCM 证书还需要 CDN 到 SCM 的委托（在 CDN 控制台授权）；缺少时 CDN 会返回 CDN.00010198（`Insufficient permission to access scm`），部署到 CDN 时也是如此。',
      en: 'CDN also needs its agency (delegation) to read SCM, granted in the CDN console; without it CDN answers CDN.00010198 "Insufficient permission to access scm", to deployments too.',
    }],
  },
  refusedPush('SCM.0221', 'WAF'),
  pushPermission('SCM.0222', 'WAF', '请配置WAF权限'),
  {
    code: 'SCM.1000', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '请求所带的Token没有经过认证或者认证失败', en: 'The token in the request was not authenticated or failed authentication.' },
    description: { zh: '请求中的 X-Auth-Token 无效、已过期，或者不是项目级的 IAM Token。', en: 'The X-Auth-Token of the request is invalid, expired, or not a project-scoped IAM token.' },
    fix: { zh: '请使用有效且未过期的项目级 IAM Token（SCM_AUTH_TOKEN），或者改用 AK/SK。', en: 'Send a valid, unexpired project-scoped IAM token (SCM_AUTH_TOKEN), or use AK/SK instead.' },
    // After a failed call with a token, the hint names where that token came from (never its value).
    fixFor: { token: { zh: '请使用有效且未过期的项目级 IAM Token，或者改用 AK/SK。', en: 'Send a valid, unexpired project-scoped IAM token, or use AK/SK instead.' } },
    seed: { description: '请求所带的Token没有经过认证或者认证失败', fix: '请填写正确token' },
  },
  {
    code: 'SCM.1004', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '公测服务被拒绝', en: 'Access to the open beta service was denied.' },
    description: { zh: '用户未申请服务公测，请先申请公测。', en: 'The user has not applied for the open beta of the service; apply first.' },
    fix: { zh: '请先在华为云控制台申请该服务的公测。', en: 'Apply for the open beta of the service in the Huawei Cloud console first.' },
    seed: { description: '用户未申请服务公测，请先申请公测', fix: '请申请公测' },
  },
  {
    code: 'SCM.1009', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '账户受限', en: 'The account is restricted.' },
    description: { zh: '账号受到限制（例如欠费），服务拒绝了它的请求。', en: 'The account is restricted (for example for arrears), so the service refuses its requests.' },
    fix: { zh: '请联系账号管理员解除限制。', en: 'Ask the account administrator to lift the restriction.' },
    seed: { description: '账户受限', fix: '请联系管理员解冻' },
  },
  {
    code: 'SCM.1010', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '账户冻结', en: 'The account is frozen.' },
    description: { zh: '账号已被冻结，服务拒绝了它的请求。', en: 'The account is frozen, so the service refuses its requests.' },
    fix: { zh: '请联系账号管理员解冻账号。', en: 'Ask the account administrator to unfreeze the account.' },
    seed: { description: '账户冻结', fix: '请联系管理员解冻' },
  },
  {
    code: 'SCM.4002', status: 401, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '您的权限不足。缺少策略', en: 'Insufficient permissions: a policy is missing.' },
    description: { zh: 'IAM 用户没有允许此 SCM 操作的权限策略。', en: 'The IAM user has no policy that allows this SCM action.' },
    fix: {
      zh: `请联系管理员为该用户添加 IAM 策略，授予所需的 SCM 操作（错误信息会写明失败的请求所需的操作；scm 用到的操作：${ACTIONS.zh}）。`,
      en: `Ask the administrator to add an IAM policy with the SCM actions you need (the error names the one the failed request needs; scm uses ${ACTIONS.en}).`,
    },
    seed: { description: '您的权限不足。缺少策略', fix: '请联系管理员添加策略' },
  },
  {
    code: 'SCM.0002', status: 403, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '租户ID错误', en: 'Incorrect tenant ID.' },
    description: { zh: '请求中的项目 ID 与 X-Auth-Token 不匹配。', en: 'The project ID of the request does not match the X-Auth-Token.' },
    fix: { zh: '请传入与 X-Auth-Token 匹配的项目 ID（HUAWEICLOUD_SDK_PROJECT_ID）。', en: 'Send the project ID that matches the X-Auth-Token (HUAWEICLOUD_SDK_PROJECT_ID).' },
    fixFor: { token: { zh: '请传入与该 Token 匹配的项目 ID（HUAWEICLOUD_SDK_PROJECT_ID），或者获取该项目的 Token。', en: 'Send the project ID that matches the token (HUAWEICLOUD_SDK_PROJECT_ID), or get a token scoped to that project.' } },
    seed: { description: '租户ID错误', fix: '请传递正确与X-Auth-Token匹配的projectId' },
  },
  {
    code: 'SCM.0007', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书下载失败', en: 'Failed to download the certificate.' },
    description: { zh: '服务端未能生成供下载的证书，这是服务端的故障。', en: 'The service could not produce the certificate for download: a fault on its side.' },
    fix: SERVICE_FAULT,
    seed: { description: '证书下载失败', fix: '请联系客服处理' },
  },
  {
    code: 'SCM.0037', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书加密失败', en: 'Failed to encrypt the certificate.' },
    description: { zh: '服务端加密保存证书时出错，这是服务端的故障，与上传的内容无关。', en: 'The service failed to encrypt the certificate for storage: a fault on its side, not in what you sent.' },
    fix: SERVICE_FAULT,
    seed: { description: '证书加密失败', fix: '请联系客服处理' },
  },
  {
    code: 'SCM.0038', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '证书加密失败', en: 'Failed to encrypt the certificate.' },
    description: { zh: '服务端解密数据加密密钥（DEK）失败：错误信息说“加密失败”，实际是服务端的解密故障。', en: 'The service failed to decrypt its data encryption key (DEK): the message says "encrypt", but it is a decryption fault on its side.' },
    fix: SERVICE_FAULT,
    seed: { description: '证书加密失败（应该是解密失败，实际上是在解密DEK）', fix: '请联系客服处理' },
    notes: [{
      zh: '尽管提示“加密失败”，此错误实际发生在服务端解密数据加密密钥（DEK）时，与你上传的内容无关；请带上请求 ID 联系华为云客服。',
      en: 'Despite saying "encryption failed", this comes from the service decrypting its data encryption key (DEK), not from what you sent; contact support with the request ID.',
    }],
  },
  failedPush('SCM.0213', 500, 'CDN'),
  failedPush('SCM.0223', 500, 'WAF'),
  {
    code: 'SCM.4001', status: 500, origin: 'seed', enSource: 'translated', docs,
    message: { zh: '访问PDP接口错误', en: 'Error accessing the PDP interface.' },
    description: { zh: '获取细粒度授权结果失败：服务端未能从授权决策点（PDP）得到结果。', en: 'Failed to get the fine-grained authorization result: the service got no answer from its policy decision point (PDP).' },
    fix: SERVICE_FAULT,
    seed: { description: '获取细粒度授权结果失败', fix: '请联系客服处理' },
  },
];

const byCode = new Map(SEED_CODES.map((e) => [e.code, e.seed]));

/** The table's own 描述 and 解决方案 for a seed code. */
export const seedTextOf = (code: string): SeedText | undefined => byCode.get(code);
