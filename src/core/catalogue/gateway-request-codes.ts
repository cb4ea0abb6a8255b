// API Gateway codes about the request itself: no such API or backend, a malformed or oversized request,
// and APIGW.0201, which the gateway sends with six statuses (400, 413, 414, 494, 502, 504), each its own text.
import { gateway, RETRY_LATER, SUPPORT } from './gateway-entry.js';

export const GATEWAY_REQUEST_CODES = [
  gateway({
    code: 'APIGW.0101', status: 404,
    message: { zh: 'API不存在或未发布到环境', en: 'The API does not exist or has not been published in the environment.' },
    description: { zh: '请求的域名、方法或路径没有对应的 API。', en: 'No API matches the host, method and path of the request.' },
    fix: { zh: '请检查终端节点（--endpoint/--region）和请求路径是否正确。', en: 'Check the endpoint (--endpoint / --region) and the request path.' },
  }),
  gateway({
    code: 'APIGW.0103', status: 404,
    message: { zh: '后端不存在', en: 'The backend does not exist.' },
    description: { zh: '网关找不到该 API 的后端服务。', en: 'The gateway found no backend service for the API.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0104', status: 400,
    message: { zh: '插件不存在', en: 'The plug-ins do not exist.' },
    description: { zh: '找不到该 API 的插件配置。', en: 'No plug-in configuration was found for the API.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0105', status: 400,
    message: { zh: '后端配置不存在', en: 'The backend configurations do not exist.' },
    description: { zh: '找不到该 API 的后端配置。', en: 'No backend configuration was found for the API.' },
    fix: SUPPORT,
  }),
  gateway({
    code: 'APIGW.0106', status: 400,
    message: { zh: '编排错误', en: 'Orchestration error.' },
    description: { zh: '网关无法把请求参数编排到后端。', en: 'The gateway could not map the parameters of the request onto the backend.' },
    fix: { zh: '请检查请求参数；参数无误时请带上请求 ID 联系华为云客服。', en: 'Check the parameters of the request; if they are right, contact Huawei Cloud customer service with the request ID.' },
  }),
  gateway({
    code: 'APIGW.0201', status: 400,
    message: { zh: 'API请求错误', en: 'API request error.' },
    description: { zh: '请求参数不合法。', en: 'The request parameters are invalid.' },
    fix: { zh: '请使用合法的请求参数；加 --debug 重新运行可查看发送的请求。', en: 'Send valid request parameters; rerun with --debug to see what was sent.' },
    notes: [{
      zh: '网关用同一个错误码表示多种情况，须结合 HTTP 状态码判断：413、414、494 表示请求过大，502、504 表示后端不可用或超时（服务端故障，可以重试）。',
      en: 'The gateway uses this one code for several cases; the HTTP status tells them apart: 413, 414 and 494 mean too large, 502 and 504 mean the backend is unavailable or timed out (a server failure, worth retrying).',
    }],
    variants: [
      {
        status: 413,
        message: { zh: '请求体过大', en: 'Request entity too large.' },
        description: { zh: '请求体超过 12MB。', en: 'The request body exceeds 12 MB.' },
        fix: { zh: '请减小请求体；证书请求远小于此上限，请检查实际发送的内容。', en: 'Send a smaller body; a certificate request is far below this limit, so check what is being sent.' },
      },
      {
        status: 414,
        message: { zh: '请求URI过大', en: 'Request URI too large.' },
        description: { zh: '请求 URI 过长。', en: 'The request URI is too long.' },
        fix: { zh: '请缩短请求 URI，例如查询参数。', en: 'Shorten the URI, for example its query parameters.' },
      },
      {
        status: 494,
        message: { zh: '请求头过大', en: 'Request headers too large.' },
        description: { zh: '请求头过大。', en: 'The request headers are too large.' },
        fix: { zh: '请减小请求头：过长的 X-Auth-Token 或临时安全凭证都会占用请求头。', en: 'Send smaller headers: a very long X-Auth-Token or security token adds up.' },
      },
      {
        status: 500,
        published: false,
        message: { zh: '服务内部错误', en: 'Internal server error.' },
        description: {
          zh: '网关内部出错。公开的错误码表中此错误码只搭配 400、413、414、494、502、504；按服务端故障处理。',
          en: 'The gateway failed internally. The published table pairs this code only with 400, 413, 414, 494, 502 and 504; treated as a server failure.',
        },
        fix: RETRY_LATER,
      },
      {
        status: 502,
        message: { zh: '后端不可用', en: 'Backend unavailable.' },
        description: { zh: '网关后面的 SCM 服务暂时不可用；请求可能已经到达服务，也可能没有。', en: 'The SCM service behind the gateway is unavailable; the request may or may not have reached it.' },
        fix: RETRY_LATER,
      },
      {
        status: 504,
        message: { zh: '后端超时', en: 'Backend timeout.' },
        description: { zh: '网关后面的 SCM 服务没有及时响应，但可能已经执行了请求。', en: 'The SCM service behind the gateway did not answer in time; it may still have carried out the request.' },
        fix: RETRY_LATER,
      },
    ],
  }),
  gateway({
    code: 'APIGW.0602', status: 400,
    message: { zh: '请求无效', en: 'Bad request.' },
    description: { zh: '网关认为请求无效。', en: 'The gateway found the request invalid.' },
    fix: { zh: '请检查终端节点和请求内容；加 --debug 重新运行可查看发送的请求。', en: 'Check the endpoint and the request; rerun with --debug to see what was sent.' },
  }),
  gateway({
    code: 'APIGW.0607', status: 400,
    message: { zh: '仅支持以下协议：…', en: 'The following protocol is supported: …' },
    description: { zh: '请求使用了该 API 不支持的协议。', en: 'The request used a protocol the API does not support.' },
    fix: { zh: '请使用 https:// 访问（http:// 只用于本机模拟器）。', en: 'Use https:// (http:// is for a local emulator only).' },
  }),
];
