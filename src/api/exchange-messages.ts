// What one HTTP exchange with SCM says, in English and Chinese: answers scm cannot use (BadResponseError), the
// network (ApiNetworkError, DeadlineError: timeouts, TLS, proxies, answers cut off) and --debug's request trace.
// Apart from messages.ts (the API error display, retries, push and deploy rows), which it would double in length.
import { plural, type Messages } from '../core/i18n.js';

/** Answers scm cannot use (BadResponseError) and the network (ApiNetworkError, DeadlineError). */
export const N = {
  requestId: { en: ' (request id {id})', zh: '（请求 ID {id}）' },
  unexpectedStatus: { en: 'SCM answered {op} with HTTP {status}, which scm does not expect{ref}', zh: 'SCM 对{op}请求的应答是 HTTP {status}，scm 没有预料到这种应答{ref}' },
  tooLarge: { en: 'SCM answered {op} with HTTP {status} and a body larger than {mb} MB, far more than any SCM answer: scm read no further{ref}', zh: 'SCM 对{op}请求的应答（HTTP {status}）正文超过 {mb} MB，远大于任何 SCM 应答：scm 没有继续读取{ref}' },
  htmlPage: {
    en: 'SCM answered {op} with HTTP {status} and an HTML page ("{title}"), not the JSON SCM sends: something between scm and SCM answered{ref}',
    zh: 'SCM 对{op}请求的应答（HTTP {status}）是 HTML 网页（“{title}”），不是 SCM 发送的 JSON：应答来自 scm 与 SCM 之间的其他服务{ref}',
  },
  htmlPageHint: {
    en: 'check the endpoint (--endpoint, SCM_ENDPOINT, the config file, or --region) and any proxy in between (HTTPS_PROXY/NO_PROXY)',
    zh: '请检查终端节点（--endpoint、SCM_ENDPOINT、配置文件或 --region）以及中间的代理（HTTPS_PROXY/NO_PROXY）',
  },
  notJson: { en: 'SCM answered {op} with HTTP {status} but the body is not valid JSON{ref}', zh: 'SCM 对{op}请求的应答（HTTP {status}）不是有效的 JSON{ref}' },
  badCertificateId: {
    en: 'SCM answered the import with HTTP {status} and a certificate_id that is not a certificate id (scs + 13 digits): {value}{ref}',
    zh: 'SCM 对导入的应答（HTTP {status}）中的 `certificate_id` 不是证书 ID（scs + 13 位数字）：{value}{ref}',
  },
  noCertificateId: { en: 'SCM answered the import with HTTP {status} but no certificate_id{ref}', zh: 'SCM 对导入的应答（HTTP {status}）没有 `certificate_id`{ref}' },
  noResults: { en: 'SCM answered the batch push without a results list{ref}', zh: 'SCM 对批量推送的应答没有 `results` 列表{ref}' },
  noCertificates: { en: "SCM's answer to the certificate list is not a list of certificates (a certificates array of objects, each with an id){ref}", zh: 'SCM 对证书列表请求的应答不是有效的证书列表：应为由对象组成的 `certificates` 数组，每个对象都有 `id`{ref}' },
  noCertificate: { en: 'SCM answered ShowCertificate without a certificate{ref}', zh: 'SCM 对 `ShowCertificate` 的应答没有证书内容{ref}' },
  otherCertificate: { en: 'SCM answered ShowCertificate with the details of another certificate ({value}){ref}', zh: 'SCM 对 `ShowCertificate` 的应答是另一张证书的详情：{value}{ref}' },
  noExport: { en: 'SCM answered ExportCertificate without a certificate{ref}', zh: 'SCM 对 `ExportCertificate` 的应答没有证书内容{ref}' },
  deleteUnconfirmed: {
    en: 'SCM answered the delete of {id} with HTTP {status}, not the 204 or 200 of a delete done, and ShowCertificate {look}: it may not be deleted (yet){ref}',
    zh: 'SCM 对删除 {id} 的应答是 HTTP {status}，而不是表示删除完成的 204 或 200，且 `ShowCertificate` {look}：证书可能（还）没有删除{ref}',
  },
  deleteStillHeld: { en: 'still finds it', zh: '仍能查到它' },
  deleteLookFailed: { en: 'could not tell whether it is still there', zh: '无法确定它是否仍然存在' },
  deleteUnconfirmedHint: { en: "run 'scm show {id}' in a while to see whether it went; 'scm delete {id}' again deletes it if it did not", zh: '请稍后运行 `scm show {id}` 查看它是否已删除；若仍在，再次运行 `scm delete {id}` 即可删除' },
  noDeployed: { en: 'SCM answered ListDeployedResources without a results list{ref}', zh: 'SCM 对 `ListDeployedResources` 的应答没有 `results` 列表{ref}' },
  codingUnknown: { en: 'SCM answered {op} with HTTP {status} in a content encoding scm cannot read ({coding}){ref}', zh: 'SCM 对{op}请求的应答（HTTP {status}）使用了 scm 无法读取的内容编码 {coding}{ref}' },
  codingCorrupt: { en: 'SCM answered {op} with HTTP {status} with a {coding} body that does not decode ({why}){ref}', zh: 'SCM 对{op}请求的应答（HTTP {status}）是无法解码的 {coding} 内容：{why}{ref}' },
  codingHint: { en: 'a proxy or gateway between scm and SCM may have encoded the answer: try without it (NO_PROXY), or rerun with --debug and report it with the request id', zh: 'scm 与 SCM 之间的代理或网关可能对应答做了编码：请绕过它再试（NO_PROXY），或加 --debug 重新运行，并带上请求 ID 反馈' },
  redirect: { en: 'SCM answered {op} with HTTP {status}, a redirect to {location}, which scm does not follow{ref}', zh: 'SCM 对{op}请求的应答是 HTTP {status}，重定向到 {location}，scm 不跟随重定向{ref}' },
  redirectHint: { en: 'check the endpoint (--endpoint, SCM_ENDPOINT, the config file, or --region): it should be the SCM API itself, such as https://scm.cn-north-4.myhuaweicloud.com', zh: '请检查终端节点（--endpoint、SCM_ENDPOINT、配置文件或 --region）：它应当是 SCM API 本身，例如 https://scm.cn-north-4.myhuaweicloud.com' },
  badResponseHint: { en: 'the service sent an answer scm cannot read; rerun with --debug and report it with the request id', zh: '服务端的应答 scm 无法读取；请加 --debug 重新运行，并带上请求 ID 反馈' },
  timeout: { en: 'no answer within {seconds}s: {where}', zh: '{seconds} 秒内没有应答：{where}' },
  // The answer began, then stopped coming until the time ran out (a server or proxy that stalls mid-body).
  timeoutMidBody: { en: 'the answer (HTTP {status}) did not come whole within {seconds}s, {got} of {total} bytes came: {where}', zh: '应答（HTTP {status}）未能在 {seconds} 秒内完整到达，只收到 {total} 字节中的 {got} 字节：{where}' },
  timeoutMidBodyAt: { en: 'the answer (HTTP {status}) did not come whole within {seconds}s, {got} bytes came: {where}', zh: '应答（HTTP {status}）未能在 {seconds} 秒内完整到达，只收到 {got} 字节：{where}' },
  timeoutHint: { en: 'raise --timeout, or check the network and any proxy (HTTPS_PROXY/NO_PROXY)', zh: '请调大 --timeout，或检查网络和代理设置（HTTPS_PROXY/NO_PROXY）' },
  // HTTPS_PROXY/HTTP_PROXY that is no URL undici can use (proxy-vars.ts): exit 2 naming the variable; its value
  // only when it holds no user name or password.
  badProxy: { en: "{name} '{value}' is not a proxy URL scm can use", zh: '{name} 的值“{value}”不是 scm 能使用的代理 URL' },
  badProxyScheme: { en: "{name} '{value}' is a {scheme} proxy: scm reaches proxies over http:// or https:// only", zh: '{name} 的值“{value}”是 {scheme} 代理：scm 只能通过 http:// 或 https:// 连接代理' },
  badProxyHidden: { en: '{name} is not a proxy URL scm can use (its value is not shown: it holds a user name or password)', zh: '{name} 不是 scm 能使用的代理 URL（其中含有用户名或密码，因此不显示其值）' },
  badProxyHint: { en: 'write it as http://HOST:PORT (http://USER:PASSWORD@HOST:PORT for a proxy that asks for them), or unset it', zh: '请写成 http://主机:端口（代理需要认证时写成 http://用户名:密码@主机:端口），或取消设置该变量' },
  // Percent-encoded bytes in a proxy URL's user name or password that are no UTF-8 text (`%C3%28`): not a crash,
  // exit 2 naming the variable; the value is never shown.
  badProxyUser: {
    en: '{name}: the user name in the proxy URL, once percent-decoded, is not UTF-8 text (its value is not shown)',
    zh: '{name}：代理 URL 中的用户名经百分号解码后不是有效的 UTF-8 文本（不显示其值）',
  },
  badProxyPassword: {
    en: '{name}: the password in the proxy URL, once percent-decoded, is not UTF-8 text (its value is not shown)',
    zh: '{name}：代理 URL 中的密码经百分号解码后不是有效的 UTF-8 文本（不显示其值）',
  },
  badProxyCodingHint: {
    en: 'write each character of the user name and password as its UTF-8 bytes, percent-encoded (é as %C3%A9, @ as %40), or unset it',
    zh: '请把用户名和密码中的每个字符写成其 UTF-8 字节的百分号编码（é 写成 %C3%A9，@ 写成 %40），或取消设置该变量',
  },
  viaProxy: { en: '{where} via proxy {proxy}', zh: '{where}（经代理 {proxy}）' },
  notResolved: { en: 'cannot resolve {host} ({code}): {where}', zh: '无法解析 {host}（{code}）：{where}' },
  notResolvedHint: { en: 'check --endpoint/--region and DNS', zh: '请检查 --endpoint/--region 和 DNS 设置' },
  badPort: { en: "Node.js's fetch refuses to connect to port {port}: {where}", zh: 'Node.js 的 `fetch` 不允许连接端口 {port}：{where}' },
  badPortHint: { en: 'run the emulator (or your endpoint) on another port', zh: '请换一个端口运行模拟器（或终端节点）' },
  notTls: { en: 'the server does not speak TLS: {host} answered the TLS handshake with something else ({code})', zh: '服务端不支持 TLS：{host} 对 TLS 握手的应答不是 TLS（{code}）' },
  notTlsHint: { en: 'a local emulator speaks plain HTTP: use --endpoint http://{host}', zh: '本机模拟器使用明文 HTTP：请用 --endpoint http://{host}' },
  tls: { en: 'TLS failure talking to {host} ({code})', zh: '与 {host} 建立 TLS 连接失败（{code}）' },
  tlsHint: { en: 'a proxy that inspects TLS needs its CA in NODE_EXTRA_CA_CERTS', zh: '会检查 TLS 流量的代理需要把它的 CA 证书加入 NODE_EXTRA_CA_CERTS' },
  tlsUntrustedHint: {
    en: 'the certificate {host} presented is not signed by a CA this machine trusts (self-signed, a private CA, or a proxy that inspects TLS): to trust that CA, put its certificate in a PEM file and set NODE_EXTRA_CA_CERTS=/path/to/ca.pem; scm never turns verification off',
    zh: '{host} 出示的证书不是由本机信任的 CA 签发的（自签名证书、私有 CA，或会检查 TLS 流量的代理）：要信任该 CA，请把它的证书存为 PEM 文件并设置 NODE_EXTRA_CA_CERTS=/path/to/ca.pem；scm 不会关闭证书验证',
  },
  tlsNameHint: {
    en: "the certificate {host} presented does not cover {name}: check the endpoint's host name (--endpoint, SCM_ENDPOINT, the config file, or --region)",
    zh: '{host} 出示的证书不包含 {name}：请检查终端节点的主机名（--endpoint、SCM_ENDPOINT、配置文件或 --region）',
  },
  tlsDatesHint: {
    en: "the certificate {host} presented has expired or is not yet valid; if its dates are right, this machine's clock is wrong",
    zh: '{host} 出示的证书已过期或尚未生效；如果证书的日期没错，就是本机时钟不对',
  },
  cannotConnect: { en: 'cannot connect to {host} ({code}): {where}', zh: '无法连接 {host}（{code}）：{where}' },
  // Behind a proxy, the connection scm makes is to the proxy: named by its host:port (never its credentials).
  proxyCannotConnect: { en: 'cannot connect to the proxy {proxy} in {name} ({code}): {where}', zh: '无法连接 {name} 中的代理 {proxy}（{code}）：{where}' },
  proxyNotResolved: { en: "cannot resolve the proxy's host {proxy} in {name} ({code}): {where}", zh: '无法解析 {name} 中代理的主机 {proxy}（{code}）：{where}' },
  proxyCannotConnectHint: {
    en: 'check that the proxy in {name} is running and its host and port are right, or list the endpoint in NO_PROXY to reach it without the proxy',
    zh: '请检查 {name} 中的代理是否在运行、主机和端口是否正确，或把终端节点加入 NO_PROXY 以不经代理访问',
  },
  cannotConnectHint: { en: 'check the endpoint and network; is the emulator running?', zh: '请检查终端节点和网络；模拟器是否在运行？' },
  notHttp: { en: '{host} did not answer in HTTP that scm can read ({code}): {where}', zh: '{host} 的应答不是 scm 能读取的 HTTP（{code}）：{where}' },
  notHttpHint: {
    en: "check that the endpoint's host and port are the SCM API (another service may be listening there), and any proxy in between (HTTPS_PROXY/NO_PROXY)",
    zh: '请确认终端节点的主机和端口是 SCM API（该端口上可能是别的服务），并检查中间的代理（HTTPS_PROXY/NO_PROXY）',
  },
  failed: { en: 'connection to {host} failed ({code}): {where}', zh: '与 {host} 的连接失败（{code}）：{where}' },
  failedHint: { en: 'check the network and any proxy (HTTPS_PROXY/NO_PROXY)', zh: '请检查网络和代理设置（HTTPS_PROXY/NO_PROXY）' },
  // The answer began, then the connection closed before the Content-Length it promised had come (or before its end).
  cutOff: { en: 'the answer (HTTP {status}) was cut off after {got} of {total} bytes, the connection closed before the rest came: {where}', zh: '应答（HTTP {status}）在收到 {total} 字节中的 {got} 字节后被截断，其余部分到达前连接已关闭：{where}' },
  cutOffAt: { en: 'the answer (HTTP {status}) was cut off after {got} bytes, the connection closed before its end: {where}', zh: '应答（HTTP {status}）在收到 {got} 字节后被截断，应答结束前连接已关闭：{where}' },
  cutOffHint: { en: 'the server, or a proxy or load balancer in between, closed the connection in the middle of the answer: check the network and any proxy (HTTPS_PROXY/NO_PROXY)', zh: '服务端或中间的代理、负载均衡器在应答中途关闭了连接：请检查网络和代理设置（HTTPS_PROXY/NO_PROXY）' },
  // A proxy that did not let the request through (proxy-refusal.ts): nothing reached SCM. The proxy URL is shown
  // without its credentials; {status} is the proxy's status and its standard reason (403 Forbidden).
  proxyAuthAsked: {
    en: 'the proxy {proxy} ({name}) asks for a user name and password (407 Proxy Authentication Required): nothing was sent to SCM',
    zh: '代理 {proxy}（{name}）要求提供用户名和密码（HTTP 407）：没有任何请求到达 SCM',
  },
  proxyAuthAskedHint: {
    en: 'put them in the proxy URL: {name}=http://USER:PASSWORD@HOST:PORT (an @ : or / in them written %40 %3A %2F)',
    zh: '请把它们写进代理 URL：{name}=http://用户名:密码@主机:端口（其中的 @、:、/ 写成 %40、%3A、%2F）',
  },
  proxyAuthRefused: {
    en: 'the proxy {proxy} refused the user name and password in {name} (407 Proxy Authentication Required): nothing was sent to SCM',
    zh: '代理 {proxy} 拒绝了 {name} 中的用户名和密码（HTTP 407）：没有任何请求到达 SCM',
  },
  proxyAuthRefusedHint: {
    en: 'check the user name and password in {name}, written http://USER:PASSWORD@HOST:PORT (an @ : or / in them written %40 %3A %2F)',
    zh: '请检查 {name} 中的用户名和密码，格式为 http://用户名:密码@主机:端口（其中的 @、:、/ 写成 %40、%3A、%2F）',
  },
  proxyRefused: {
    en: 'the proxy {proxy} ({name}) refused to open a connection to {target} ({status}): nothing was sent to SCM',
    zh: '代理 {proxy}（{name}）拒绝建立到 {target} 的连接（HTTP {status}）：没有任何请求到达 SCM',
  },
  /** Appended to proxyRefused/proxyUpstream: the words of the proxy's page (proxy-words.ts). */
  proxySaid: { en: '; the proxy said: {said}', zh: '；代理返回：{said}' },
  proxyForbiddenHint: {
    en: 'the proxy does not allow connections to {host}: ask its administrator to allow {target}, or, if SCM can be reached without a proxy, add {host} to NO_PROXY',
    zh: '该代理不允许连接 {host}：请联系代理管理员放行 {target}；如果不经代理也能访问 SCM，请把 {host} 加入 NO_PROXY',
  },
  proxyRefusedHint: {
    en: 'check that {name} names an HTTP proxy that allows CONNECT to {target}',
    zh: '请检查 {name} 指向的是否为允许 CONNECT 到 {target} 的 HTTP 代理',
  },
  proxyUpstream: {
    en: 'the proxy {proxy} ({name}) could not open a connection to {target} ({status}): nothing was sent to SCM',
    zh: '代理 {proxy}（{name}）未能建立到 {target} 的连接（HTTP {status}）：没有任何请求到达 SCM',
  },
  proxyUpstreamHint: {
    en: 'the proxy could not reach {host}, or is overloaded: try again later; if it goes on, ask the administrator of the proxy',
    zh: '代理无法访问 {host}，或负载过高：请稍后重试；如果持续出现，请联系代理管理员',
  },
  deadline: {
    en: (p) => `gave up after ${p.seconds}s, during ${p.during}: the time limit of ${p.op} is --timeout ${p.timeout}s × (${plural(Number(p.retries), 'retry', 'retries')} + 1) + ${p.backoff}s of backoff + ${p.grace}s`,
    zh: '{seconds} 秒后放弃（正在{during}）：{op}的总时限为 --timeout {timeout} 秒 ×（{retries} 次重试 + 1）+ {backoff} 秒退避 + {grace} 秒',
  },
  retryAfterCap: {
    en: '{why}; SCM asked to wait {seconds}s before trying again (until {at}), longer than scm waits for a Retry-After ({limit}s)',
    zh: '{why}；SCM 要求等待 {seconds} 秒（到 {at}）后再试，超过了 scm 对 Retry-After 的最长等待时间（{limit} 秒）',
  },
  retryAfterDeadline: {
    en: "{why}; SCM asked to wait {seconds}s before trying again (until {at}), longer than what is left of this operation's time limit ({limit}s)",
    zh: '{why}；SCM 要求等待 {seconds} 秒（到 {at}）后再试，超过了本次操作剩余的时限（{limit} 秒）',
  },
  retryAfterHint: { en: 'try again after {at} (in {seconds}s)', zh: '请在 {at} 之后再试（{seconds} 秒后）' },
  deadlineHint: { en: 'the service is slow; raise --timeout or --retries, or try again later', zh: '服务端响应缓慢；可调大 --timeout 或 --retries，或稍后再试' },
} satisfies Messages;

/** --debug's request trace (stderr, after "debug: "); headers and bodies are never translated. */
export const TRACE = {
  prefix: { en: 'debug: ', zh: '调试：' },
  settings: { en: 'endpoint {url} (from {from}); credentials {auth}; timeout {seconds}s; retries {retries}', zh: '终端节点 {url}（来自 {from}）；凭证 {auth}；超时 {seconds} 秒；重试 {retries} 次' },
  noAuth: { en: 'none', zh: '无' },
  request: { en: '→ {method} {url}', zh: '→ {method} {url}' },
  viaProxy: { en: '→ {method} {url} via proxy {proxy}', zh: '→ {method} {url}（经代理 {proxy}）' },
  body: { en: '    (body: {bytes} bytes, not shown)', zh: '    （请求体：{bytes} 字节，不显示）' },
  answer: { en: '← {status} after {ms} ms, {bytes} bytes', zh: '← {status}，耗时 {ms} 毫秒，{bytes} 字节' },
  answerWithId: { en: '← {status} after {ms} ms, request id {id}, {bytes} bytes', zh: '← {status}，耗时 {ms} 毫秒，请求 ID {id}，{bytes} 字节' },
  failed: { en: '✗ {why} after {ms} ms', zh: '✗ {why}，耗时 {ms} 毫秒' },
  bodySetAside: { en: '    (the HTTP {status} body is in a {coding} coding scm cannot decode{why}: set aside, the status is the answer)', zh: '    （HTTP {status} 应答正文是 scm 无法解码的 {coding} 编码{why}：已忽略正文，按状态码处理）' },
  cut: { en: '    (the body goes on past {bytes} bytes: the rest was not read)', zh: '    （应答正文超过 {bytes} 字节：其余部分未读取）' },
} satisfies Messages;
