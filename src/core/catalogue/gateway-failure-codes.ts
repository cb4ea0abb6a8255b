// API Gateway codes for its own failures (APIGW.06xx, 0705): the gateway could not reach or configure the
// SCM backend. A caller cannot repair them; scm retries the 5xx ones.
import { gateway, RETRIED, SUPPORT } from './gateway-entry.js';

export const GATEWAY_FAILURE_CODES = [
  gateway({
    code: 'APIGW.0601', status: 500,
    message: { zh: '服务内部错误', en: 'Internal server error.' },
    description: { zh: '网关内部出错。', en: 'The gateway failed internally.' },
    fix: RETRIED,
  }),
  gateway({
    code: 'APIGW.0605', status: 500,
    message: { zh: '域名解析失败', en: 'Domain name resolution failed.' },
    description: { zh: '网关无法解析后端服务的域名。', en: 'The gateway could not resolve the domain name of its backend.' },
    fix: RETRIED,
  }),
  gateway({
    code: 'APIGW.0606', status: 500,
    message: { zh: 'API配置加载失败', en: 'Failed to load the API configurations.' },
    description: { zh: '网关没有加载到该 API 的配置。', en: 'The gateway has not loaded the configuration of the API.' },
    fix: RETRIED,
  }),
  gateway({
    code: 'APIGW.0608', status: 500,
    message: { zh: '获取管理员Token失败', en: 'Failed to obtain the admin token.' },
    description: { zh: '网关无法获取租户信息。', en: 'The gateway could not obtain the tenant information.' },
    fix: RETRIED,
  }),
  gateway({
    code: 'APIGW.0609', status: 500,
    message: { zh: 'VPC后端不存在', en: 'The VPC backend does not exist.' },
    description: { zh: '网关找不到 VPC 内的后端服务。', en: 'The gateway cannot find the backend service in its VPC.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0610', status: 502,
    message: { zh: '没有可用的后端', en: 'No backend available.' },
    description: { zh: '所有后端服务都不可用。', en: 'No backend service is available.' },
    fix: RETRIED,
  }),
  gateway({
    code: 'APIGW.0611', status: 500,
    message: { zh: '后端端口不存在', en: 'The backend port does not exist.' },
    description: { zh: '网关找不到后端服务的端口。', en: 'The gateway cannot find the port of the backend service.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0612', status: 500,
    message: { zh: 'API不能调用自身', en: 'An API cannot call itself.' },
    description: { zh: '后端配置让 API 递归调用了自身。', en: 'The backend configuration makes the API call itself.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0613', status: 503,
    message: { zh: 'IAM服务暂时不可用', en: 'The IAM service is currently unavailable.' },
    description: { zh: '网关暂时无法通过 IAM 校验身份。', en: 'The gateway cannot check identities with IAM right now.' },
    fix: RETRIED,
  }),
  gateway({
    code: 'APIGW.0705', status: 500,
    message: { zh: '后端签名计算失败', en: 'Backend signature calculation failed.' },
    description: { zh: '网关为发往后端的请求计算签名时失败。', en: 'The gateway failed to sign the request it forwards to the backend.' },
    fix: RETRIED,
  }),
];
