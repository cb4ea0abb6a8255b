// What `scm upload` says: usage errors, the refusal, --dry-run and --no-validate notices, the name it chose,
// the result line, progress, copies found or removed on the way, and what an interrupted import may have left
// behind.
import { plural, type Messages } from '../../core/i18n.js';

export const U = {
  wafTypeWithoutRotate: { en: '--waf-type is for --rotate (the type sent with WAF resources the rotation deploys to)', zh: '--waf-type 只用于 --rotate（轮换部署到 WAF 资源时随请求发送的类型）' },
  uploadedLabel: { en: 'uploaded', zh: '已上传' },
  uploaded: { en: '{label} {name} as {id}{note}', zh: '{label} {name}，ID 为 {id}{note}' },
  recoveredNote: { en: ' (found in SCM by fingerprint after its answer was lost or failed; imported once)', zh: '（应答丢失或报错后在 SCM 中按指纹找到；只导入了一次）' },
  /** Found, but another attempt may still be stored (the warning says how to find it): not "imported once". */
  recoveredMayLand: { en: ' (found in SCM by fingerprint after its answer was lost or failed; see the warning about a second copy)', zh: '（应答丢失或报错后在 SCM 中按指纹找到；另见关于第二份副本的警告）' },
  unchangedLabel: { en: 'unchanged:', zh: '未变化：' },
  unchanged: { en: '{label} the same certificate is already in SCM as {id}; nothing uploaded', zh: '{label}SCM 中已有同一张证书，ID 为 {id}；未上传' },
  unchangedNamed: {
    en: "{label} the same certificate is already in SCM as {id}, named '{existing}' (not {name}); nothing uploaded",
    zh: '{label}SCM 中已有同一张证书，ID 为 {id}，名称是“{existing}”（而不是 {name}）；未上传',
  },
  heldIn: {
    en: 'SCM holds this certificate as {id} in enterprise project {held}, not {asked}: nothing was imported into {asked} (move it to {asked} in the console if it belongs there)',
    zh: 'SCM 中已有这张证书，ID 为 {id}，位于企业项目 {held}，而不是 {asked}：没有导入到 {asked}（如果它应属于 {asked}，请在控制台中迁移）',
  },
  looking: { en: 'looking for this certificate in SCM ({host})', zh: '正在 SCM（{host}）中查找这张证书' },
  uploading: { en: 'uploading {name} to {host}', zh: '正在把 {name} 上传到 {host}' },
  verifying: { en: 'checking that SCM holds this certificate once ({host})', zh: '正在确认 SCM（{host}）中只有一份这张证书' },
  unverifiedHint: { en: 'a rerun with --if-changed reports every copy by fingerprint', zh: '请加 --if-changed 重新运行，它会按指纹列出所有副本' },
  interrupted: { en: 'interrupted while importing {name}: the certificate may have reached SCM', zh: '导入 {name} 时被中断：证书可能已经到达 SCM' },
  interruptedHint: {
    en: 'to check, run the same {cmd} again with --if-changed (it imports only if SCM does not hold the certificate), or look with: {command}',
    zh: '如需确认，请加 --if-changed 重新运行同一条 `{cmd}`（SCM 中没有这张证书时才会导入），或用以下命令查看：`{command}`',
  },
  inScmPushFailed: { en: 'the certificate is in SCM as {id}; pushing it failed', zh: '证书已在 SCM 中，ID 为 {id}；但推送失败' },

  // Before anything is sent
  fromAndFiles: { en: '--from {client} takes the files from the hook environment; give --from or files/a folder, not both', zh: '--from {client} 会从钩子的环境变量中取文件；--from 与文件或目录只能选一种' },
  pfxAndFolder: { en: 'give a bundle folder (or files) or --pfx, not both', zh: '证书目录（或文件）与 --pfx 只能选一种' },
  nothing: { en: 'nothing to upload', zh: '没有要上传的内容' },
  nothingHint: {
    en: 'give --cert FILE --key FILE, --pfx FILE, a bundle folder, or --from certbot|lego|acme.sh in a renewal hook',
    zh: '请用 --cert 文件 --key 文件、--pfx 文件或证书目录指定；在续期钩子中可用 --from certbot|lego|acme.sh',
  },
  pfxAndOthers: { en: '--pfx replaces --cert, --key and --chain; give one or the other', zh: '--pfx 代替 --cert、--key 和 --chain，不能与它们同时使用' },
  stdinOnce: { en: "'-' (standard input) may be given only once", zh: '“-”（标准输入）只能使用一次' },
  noUpload: { en: 'the inputs do not make an upload: no certificate and private key could be read', zh: '这些输入无法组成一次上传：没有读到证书和私钥' },
  noUploadHint: { en: "run 'scm validate' with the same inputs to see why", zh: "请用同样的输入运行 `scm validate` 查看原因" },
  refused: {
    en: (p) => `upload refused: ${plural(Number(p.count), 'error')} found offline; nothing was sent`,
    zh: '上传被拒绝：离线检查发现 {count} 个错误；没有发送任何内容',
  },
  noValidate: {
    en: '--no-validate: the offline checks do not stop this upload; {ignored}; SCM may reject it',
    zh: '--no-validate：离线检查不会阻止这次上传；{ignored}；SCM 可能会拒绝它',
  },
  ruleCode: { en: '{rule} ({code})', zh: '{rule}（{code}）' },
  noErrors: { en: 'no rule found an error', zh: '没有发现错误' },
  ignoring: { en: (p) => `ignoring ${plural(Number(p.count), 'error')}: ${p.list}`, zh: '忽略了 {count} 个错误：{list}' },
  dryRun: { en: 'dry run: nothing was sent', zh: '试运行：没有发送任何请求' },
  dryRunLookup: { en: 'dry run: nothing was sent (the --if-changed lookup was skipped too)', zh: '试运行：没有发送任何请求（--if-changed 的查找也已跳过）' },
  fromHook: { en: 'from {client}: {used}', zh: '来自 {client}：{used}' },
  hookName: { en: "; name {name} (from {domain} and today's date)", zh: '；名称为 {name}（由 {domain} 和当天日期生成）' },
  defaultNameNoDomain: {
    en: "no --name, and the certificate names no domain: naming it {name} (today's date, UTC)",
    zh: '未指定 --name，证书中也没有域名：证书命名为 {name}（取自当天的 UTC 日期）',
  },
  defaultName: {
    en: "no --name: naming the certificate {name} (its first domain {domain} and today's date, UTC)",
    zh: '未指定 --name：证书命名为 {name}（由它的第一个域名 {domain} 和当天的 UTC 日期组成）',
  },
} satisfies Messages;
