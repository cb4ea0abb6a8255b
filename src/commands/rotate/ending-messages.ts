// How `scm rotate` (and `scm upload --rotate`) ends when it cannot say every resource uses the new certificate:
// a dry run that foresees it, a list read in part, an interruption (Ctrl-C, SIGTERM) and where it stopped, a failed
// look after the deployments, and the hints for each. messages.ts spreads ENDINGS into its M.
import { plural, type Messages } from '../../core/i18n.js';

export const ENDINGS = {
  // --dry-run, when the plan already shows the real run cannot end complete (exit 1, as it would).
  dryRunIncomplete: { en: 'a real run could not confirm that every resource uses {new}: {list}', zh: '实际运行也无法确定所有资源都已使用 {new}：{list}' },
  dryRunIncompleteHint: {
    en: 'it would deploy what it can, keep the old certificates that may still be in use, and exit 1; run the dry run again once SCM can say where they are deployed',
    zh: '实际运行会部署能部署的资源，保留可能仍在使用的旧证书，并以 1 退出；请等 SCM 能说明它们部署在哪里后再次试运行',
  },
  dryRunUnsupportedHint: {
    en: 'it would deploy what it can, keep the old certificates still in use, and exit 1; DeployCertificate cannot reach these resources: change the certificate in their own consoles',
    zh: '实际运行会部署能部署的资源，保留仍在使用的旧证书，并以 1 退出；部署接口无法处理这些资源：请在它们各自的控制台中更换证书',
  },
  theNew: { en: 'the new certificate', zh: '新证书' },
  // --domain from a certificate list read in part (exit 1): the others were never looked at.
  unread: {
    en: 'not every certificate covering {domain} is known to be replaced: {why}; one among those not read may cover {domain} and still be deployed',
    zh: '不能确定涵盖 {domain} 的证书都已被替换：{why}；未读取到的证书中可能还有涵盖 {domain} 且仍在部署的证书',
  },
  unreadHint: {
    en: "find them with 'scm list --domain {domain} --search TEXT' (TEXT: part of their name or domain, so that SCM lists few enough to read whole), then replace them by id: 'scm rotate ID... --to {to}'",
    zh: '请用 `scm list --domain {domain} --search 关键词` 查找它们（关键词取证书名称或域名的一部分，让 SCM 列出的证书少到能全部读取），再按 ID 替换：`scm rotate 旧证书... --to {to}`',
  },
  newIdWord: { en: 'NEW_ID', zh: '新证书' },
  // Ctrl-C or SIGTERM: the last line on stdout says where the rotation stopped (the rows above say the rest).
  stoppedBeforeUpload: { en: 'interrupted before the upload: nothing was uploaded, deployed or deleted', zh: '在上传前被中断：没有上传、部署或删除任何内容' },
  stoppedUpload: {
    en: 'interrupted while uploading {name}: it may have reached SCM; nothing was deployed, no old certificate deleted. Run the same command again: it finds a certificate SCM already holds and never uploads it twice',
    zh: '上传 {name} 时被中断：证书可能已经到达 SCM；没有部署任何资源，也没有删除旧证书。再次运行同一命令即可：它会找到 SCM 中已有的证书，不会重复上传',
  },
  stoppedDeploy: {
    en: (p) => `interrupted while deploying ${p.new}: SCM accepted it for ${p.deployed} of ${plural(Number(p.count), 'resource')} (not verified); no old certificate was deleted. In a minute, run the same command again: it looks first and deploys only what is left`,
    zh: '部署 {new} 时被中断：{count} 个资源中 SCM 已接受 {deployed} 个（尚未核实）；没有删除旧证书。请一分钟后再次运行同一命令：它会先查询，只部署剩下的资源',
  },
  stoppedVerify: {
    en: (p) => `interrupted while checking the deployments: SCM accepted ${p.new} for ${p.deployed} of ${plural(Number(p.count), 'resource')}, not verified; no old certificate was deleted. Run the same command again: it looks first`,
    zh: '核实部署时被中断：{count} 个资源中 SCM 已接受 {new} 的有 {deployed} 个，尚未核实；没有删除旧证书。再次运行同一命令即可：它会先查询',
  },
  stoppedDelete: { en: 'interrupted while deleting the old certificates: each line above says whether it was deleted. Run the same command again to finish', zh: '删除旧证书时被中断：上面每一行都说明了是否已删除。再次运行同一命令即可完成' },
  stoppedNotify: { en: 'interrupted while turning off the expiry e-mails of the old certificates. Run the same command again to finish', zh: '关闭旧证书的到期通知时被中断。再次运行同一命令即可完成' },
  verifyFailed: {
    en: (p) => `SCM accepted ${p.new} for ${p.deployed} of ${plural(Number(p.count), 'resource')}, but the look-up of where the certificates are deployed now failed: ${p.why}; the old certificates were kept`,
    zh: '{count} 个资源中 SCM 已接受 {new} 的有 {deployed} 个，但查询证书现在部署位置的请求失败：{why}；旧证书已保留',
  },
  verifyFailedHint: {
    en: 'the deployments were made; run the same command again: it checks where each certificate is, deploys only what is left, then deals with the old certificates',
    zh: '部署已经完成；再次运行同一命令即可：它会先核实每张证书的部署位置，只部署剩下的资源，再处理旧证书',
  },
  verifyFailedHintHook: {
    en: 'the deployments were made; run {cmd} (the hook is not run again for this certificate): it checks where each certificate is, deploys only what is left, then deals with the old certificates',
    zh: '部署已经完成；运行 `{cmd}` 即可（不会为这张证书再次运行钩子）：它会先核实每张证书的部署位置，只部署剩下的资源，再处理旧证书',
  },
  incompleteHint: { en: 'nothing failed, and old certificates that may still be in use were kept; run the same command again later', zh: '没有失败，可能仍在使用的旧证书已保留；请稍后再次运行同一命令' },
  // Resources DeployCertificate cannot reach: waiting never moves them, their own consoles do.
  incompleteUnsupportedHint: {
    en: 'nothing failed, and old certificates still in use were kept; DeployCertificate cannot reach {list}: change the certificate there in their own consoles, then run the same command again to deal with the old certificates',
    zh: '没有失败，仍在使用的旧证书已保留；部署接口无法处理 {list}：请在它们各自的控制台中更换证书，然后再次运行同一命令处理旧证书',
  },
  incompleteHintHook: { en: 'nothing failed, and old certificates that may still be in use were kept; run {cmd} later (the hook is not run again for this certificate)', zh: '没有失败，可能仍在使用的旧证书已保留；请稍后运行 `{cmd}`（不会为这张证书再次运行钩子）' },
  // --delete-old deleted an old certificate SCM shows nothing uses: "kept" would be untrue, and a rerun naming it finds it gone.
  incompleteDeletedHint: {
    en: 'nothing failed; the old certificates SCM shows nothing uses any more were deleted ({deleted}); check later with scm show {new} where it is deployed',
    zh: '没有失败；SCM 显示已无资源使用的旧证书已删除（{deleted}）；请稍后用 `scm show {new}` 查看它的部署位置',
  },
  incompleteMixedHint: {
    en: 'nothing failed; the old certificates SCM shows nothing uses any more were deleted ({deleted}), the others kept ({kept}: the lines above say why); check later with scm show {new} where it is deployed',
    zh: '没有失败；SCM 显示已无资源使用的旧证书已删除（{deleted}），其余的已保留（{kept}：原因见上面各行）；请稍后用 `scm show {new}` 查看它的部署位置',
  },
} satisfies Messages;
