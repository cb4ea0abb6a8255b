// What `scm notify` says.
import { plural, type Messages } from '../../core/i18n.js';

export const M = {
  phase: { en: 'the notification change', zh: '更改通知' },
  badState: { en: "scm notify takes on or off first, not '{value}'", zh: "`scm notify` 的第一个参数应为 on 或 off，而不是“{value}”" },
  noIds: { en: 'scm notify {state} needs at least one certificate id', zh: "`scm notify {state}` 至少需要一个证书 ID" },
  changing: { en: (p) => `turning expiry e-mails ${p.state} for ${plural(Number(p.count), 'certificate')}`, zh: '正在为 {count} 张证书{action}到期通知' },
  on: { en: 'expiry e-mails on (expiring, expired): {ids}', zh: '已开启到期通知（即将到期、已过期）：{ids}' },
  off: { en: 'expiry e-mails off (expiring, expired): {ids}', zh: '已关闭到期通知（即将到期、已过期）：{ids}' },
  unknownAmong: {
    en: (p) => `SCM holds no certificate ${p.unknown} for these credentials and refused the request for all ${p.count} ids: run again without ${Number(p.many) > 1 ? 'them' : 'it'} (whether SCM changed the others it did not say; setting them again changes nothing more)`,
    zh: '这组凭证下 SCM 中没有证书 {unknown}，因此拒绝了这 {count} 个 ID 的请求：请去掉后重新运行（SCM 没有说明其余 ID 是否已更改；重复设置不会产生额外影响）',
  },
  unknownSomewhere: {
    en: 'SCM refused the request for all {count} ids (whether it changed any it did not say): `scm show ID` finds the one SCM does not hold; run again without it',
    zh: 'SCM 拒绝了这 {count} 个 ID 的请求（没有说明是否更改了其中任何一个）：用 `scm show ID` 找出 SCM 中不存在的那个，去掉后重新运行',
  },
  // Ctrl-C or SIGTERM with the request on its way: SCM may have changed them; setting them again is harmless.
  interrupted: { en: (p) => `interrupted while turning expiry e-mails ${p.state} for ${p.ids}: SCM may or may not have changed them`, zh: '为 {ids} {action}到期通知时被中断：SCM 可能已经更改，也可能没有' },
  interruptedHint: { en: "run 'scm notify {state} {args}' again: setting them again changes nothing more", zh: '请再次运行 `scm notify {state} {args}`：重复设置不会产生额外影响' },
  actionOn: { en: 'on', zh: '开启' },
  actionOff: { en: 'off', zh: '关闭' },
} satisfies Messages;
