// SCM codes Huawei publishes (error tables and the upload FAQ) that the user's seed table lacks.
// English messages are Huawei's where published (scm-api-reference.md §4); Chinese texts are ours.
import { SCM_ERROR_PAGE, UPLOAD_FAQ_PAGE } from './docs-links.js';
import type { CatalogueEntry } from './types.js';

const CONTACT_SUPPORT = { zh: '请带上请求 ID 联系华为云客服。', en: 'Contact Huawei Cloud customer service with the request ID.' };

export const PUBLISHED_CODES: CatalogueEntry[] = [
  {
    code: 'SCM.0003', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '租户无权限', en: 'Tenant has no privilege.' },
    description: { zh: '证书属于其他租户。', en: 'The certificate belongs to another tenant.' },
    fix: {
      zh: '请操作属于自己账号的证书，或使用证书所属账号的凭证；证书属于自己时，可能是 IAM 用户缺少该请求所需的操作，请管理员授予（错误信息会写明，scm 用到的所有操作见 SCM.4002）。',
      en: "Operate on your own certificates, or use the credentials of the account that owns the certificate; if it is yours, the IAM user may lack the action the request needs: ask the administrator to grant it (the error names it; SCM.4002 lists every action scm uses).",
    },
  },
  {
    code: 'SCM.0006', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '上传的证书解析失败，请确保上传已签发的证书。', en: 'The uploaded certificate failed to be resolved. Ensure that the uploaded certificate has been issued.' },
    description: { zh: '证书无法解析。', en: 'The certificate cannot be parsed.' },
    fix: { zh: '请上传已签发的 PEM 格式证书。', en: 'Upload an issued certificate in PEM format.' },
  },
  {
    code: 'SCM.0011', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '当前用户免费证书数量已达上限，无法继续购买免费证书。', en: 'The max number of free certificates for the current user has been reached, and you cannot continue to purchase free certificates.' },
    description: { zh: '免费证书配额已用完。', en: 'The free-certificate quota is used up.' },
    fix: { zh: '请不要再申请免费证书，或删除不用的免费证书。', en: 'Stop requesting free certificates, or delete unused ones.' },
  },
  {
    code: 'SCM.0016', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '订单异常', en: 'Failed to order.' },
    description: { zh: '证书对应的订单状态异常。', en: 'The order behind the certificate is in an abnormal state.' },
    fix: CONTACT_SUPPORT,
    notes: [{
      zh: '刚创建的证书立即删除时也可能返回此错误码；稍等片刻后重试通常可以成功。',
      en: 'Deleting a certificate right after creating it can also return this code; retrying after a short wait usually succeeds.',
    }],
  },
  {
    code: 'SCM.0023', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '修改的键格式错误', en: 'Modify key format error.' },
    description: { zh: '修改请求中的标签键格式错误。', en: 'A tag key in a modify request is malformed.' },
    fix: { zh: '请传递非空且格式正确的键。', en: 'Pass a non-empty, well-formed key.' },
  },
  {
    code: 'SCM.0024', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '修改的值格式错误', en: 'Modify value format error.' },
    description: { zh: '修改请求中的标签值格式错误。', en: 'A tag value in a modify request is malformed.' },
    fix: { zh: '请传递非空且格式正确的值。', en: 'Pass a non-empty, well-formed value.' },
  },
  {
    code: 'SCM.0028', status: 400, origin: 'published', enSource: 'published', docs: SCM_ERROR_PAGE,
    message: { zh: '推送证书异常', en: 'Push cert error' },
    description: { zh: '推送证书时发生异常。', en: 'Pushing the certificate failed.' },
    fix: CONTACT_SUPPORT,
  },
  {
    code: 'SCM.0053', status: 400, origin: 'published', enSource: 'translated', docs: UPLOAD_FAQ_PAGE,
    message: { zh: '证书链解析错误：证书内容必须以指定字符串开始和结束', en: 'Chain parsing error: the certificate must begin and end with the PEM armor lines.' },
    description: { zh: '证书内容缺少 -----BEGIN CERTIFICATE----- 或 -----END CERTIFICATE-----。', en: 'The certificate text lacks -----BEGIN CERTIFICATE----- or -----END CERTIFICATE-----.' },
    fix: { zh: '请使用以 -----BEGIN CERTIFICATE----- 开头、以 -----END CERTIFICATE----- 结尾的 PEM 证书。', en: 'Use PEM that starts with -----BEGIN CERTIFICATE----- and ends with -----END CERTIFICATE-----.' },
  },
  {
    code: 'SCM.0054', status: 400, origin: 'published', enSource: 'translated', docs: UPLOAD_FAQ_PAGE,
    message: { zh: '证书链解析错误：证书内容为空', en: 'Chain parsing error: the certificate body is empty.' },
    description: { zh: 'BEGIN 与 END 行之间没有内容。', en: 'There is nothing between the BEGIN and END lines.' },
    fix: { zh: '请在 BEGIN 与 END 行之间填入 Base64 编码的证书内容。', en: 'Put the base64 certificate body between the BEGIN and END lines.' },
  },
  {
    code: 'SCM.0079', status: 400, origin: 'published', enSource: 'translated', docs: UPLOAD_FAQ_PAGE,
    message: { zh: '证书链校验错误：证书链顺序不正确或不连续', en: 'Chain check error: the chain does not link in order.' },
    description: {
      zh: 'CA 证书的主题与其下一级证书的签发者不一致。',
      en: "A CA certificate's subject differs from the issuer of the certificate below it.",
    },
    fix: {
      zh: '请按服务器证书、签发它的中间证书……的顺序排列证书链，每张证书的签发者必须等于下一张证书的主题。',
      en: 'Order the chain leaf first, then the CA that issued it, and so on up; the issuer of each certificate must equal the subject of the next.',
    },
  },
  {
    code: 'SCM.0109', status: 400, origin: 'published', enSource: 'translated', docs: UPLOAD_FAQ_PAGE,
    message: { zh: '证书链长度必须大于1', en: 'The certificate chain length must be greater than 1.' },
    description: { zh: '只上传了服务器证书，没有中间证书。', en: 'Only the server certificate was sent, without its intermediate certificates.' },
    fix: { zh: '请同时上传中间证书（例如使用 fullchain.pem）。', en: 'Include the intermediate certificate(s), for example by uploading fullchain.pem.' },
  },
  {
    code: 'SCM.0114', status: 400, origin: 'published', enSource: 'translated', docs: UPLOAD_FAQ_PAGE,
    message: { zh: '上传错误：私钥必须以指定字符串开始和结束', en: 'Upload error: the private key must begin and end with the PEM armor lines.' },
    description: { zh: '私钥内容缺少 -----BEGIN … PRIVATE KEY----- 或 END 行。', en: 'The private key lacks its -----BEGIN … PRIVATE KEY----- or END line.' },
    fix: { zh: '请使用带有完整 BEGIN/END 行的 PEM 私钥。', en: 'Use a PEM private key with complete -----BEGIN … PRIVATE KEY----- and -----END … PRIVATE KEY----- lines.' },
  },
];
