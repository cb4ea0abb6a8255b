#!/bin/sh
# certbot deploy hook: import each renewed certificate into Huawei Cloud SCM (and optionally put it wherever
# the older one is used, or push it, and delete the older certificates for the same names that nothing uses
# any more).
#
# Install:  install -m 755 deploy-hook.sh /etc/letsencrypt/renewal-hooks/deploy/scm.sh
# certbot runs this folder's hooks after every successful renewal, with RENEWED_LINEAGE and RENEWED_DOMAINS set;
# a first issue runs only the hook named on its command line, so name it there too (certbot saves it and does
# not run it twice): certbot certonly ... --deploy-hook /etc/letsencrypt/renewal-hooks/deploy/scm.sh
# Credentials: scm's user config file (/root/.config/scm/config.json, chmod 600, with "ak" and "sk") or
# HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK in certbot's environment. Check them with: scm config
#
# Settings (edit here, or set them in certbot's environment):
SCM_HOOK_BIN=${SCM_HOOK_BIN:-scm}    # the scm command
SCM_HOOK_ROTATE=${SCM_HOOK_ROTATE:-no} # yes (or true, 1): deploy it wherever the older certificates for its first domain are
                                     # (ELB, WAF, CDN; billed per domain), then check nothing uses them: scm rotate
SCM_HOOK_WAF_TYPE=${SCM_HOOK_WAF_TYPE:-} # with ROTATE and WAF: premium (dedicated WAF) or cloud; SCM needs it for WAF
SCM_HOOK_PUSH=${SCM_HOOK_PUSH:-}     # push targets, space separated, e.g. "WAF:cn-north-4 CDN" (not with ROTATE)
SCM_HOOK_NAME=${SCM_HOOK_NAME:-}     # name in SCM (default: <first domain>-<YYYYMMDD>)
SCM_HOOK_PRUNE=${SCM_HOOK_PRUNE:-no} # yes: then scm prune --domain <first domain> (never deletes a deployed one)

set -uf   # no unset variables, no globbing of the settings
# The hook's own lines in the language scm speaks (lang in scm's config file, else LC_ALL, LC_MESSAGES, LANG),
# asked of scm itself so that the two never differ. When scm cannot say (it cannot be run), the first of
# LC_ALL, LC_MESSAGES, LANG: Chinese for zh with UTF-8 or no character set named, else English.
case $($SCM_HOOK_BIN config --json 2>/dev/null | tr -d ' \n') in
  *'"lang":{"value":"zh"'*) zh=yes ;;
  *'"lang":{"value":'*) zh=no ;;
  *) case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in
       zh | zh_[A-Z][A-Z] | zh_[A-Z][A-Z]@* | zh*.[Uu][Tt][Ff]-8* | zh*.[Uu][Tt][Ff]8*) zh=yes ;;
       *) zh=no ;;
     esac ;;
esac
say() { if [ "$zh" = yes ]; then printf '%s\n' "$2"; else printf '%s\n' "$1"; fi; }   # say ENGLISH CHINESE
# The yes/no settings as people write them (yes, true, on, 1 or no, false, off, 0, any case): anything else
# stops the hook before anything is sent, rather than being taken for "no" without a word.
for setting in SCM_HOOK_ROTATE SCM_HOOK_PRUNE; do
  eval "value=\$$setting"
  case $(printf '%s' "$value" | tr '[:upper:]' '[:lower:]') in
    yes | true | on | 1) eval "$setting=yes" ;;
    no | false | off | 0 | '') eval "$setting=no" ;;
    *) say "scm deploy hook: $setting must be yes or no (also true/false, 1/0, on/off), not '$value'; nothing was sent" \
         "scm 部署钩子：$setting 的值应为 yes 或 no（也可以是 true/false、1/0、on/off），而不是“$value”；没有发送任何请求" >&2
       exit 2 ;;
  esac
done
set -- upload --from certbot --if-changed --quiet --no-input
[ -n "$SCM_HOOK_NAME" ] && set -- "$@" --name "$SCM_HOOK_NAME"
if [ "$SCM_HOOK_ROTATE" = yes ]; then
  set -- "$@" --rotate
  [ -n "$SCM_HOOK_WAF_TYPE" ] && set -- "$@" --waf-type "$SCM_HOOK_WAF_TYPE"
  # scm does not push and rotate in one run: said, rather than the push targets left out without a word.
  [ -n "$SCM_HOOK_PUSH" ] && say "scm deploy hook: SCM_HOOK_PUSH ($SCM_HOOK_PUSH) is not used with SCM_HOOK_ROTATE=yes: the rotation deploys the certificate where the older ones are" \
    "scm 部署钩子：SCM_HOOK_ROTATE=yes 时不使用 SCM_HOOK_PUSH（$SCM_HOOK_PUSH）：轮换会把证书部署到旧证书所在的位置" >&2
else
  for target in $SCM_HOOK_PUSH; do set -- "$@" --push "$target"; done
fi

# --quiet: the certificate id alone on stdout; --if-changed (implied by --rotate): a certificate SCM already
# holds is not uploaded (or pushed, or deployed) again, so re-running the hook is harmless.
what=${RENEWED_DOMAINS:-${RENEWED_LINEAGE:-?}}
if id=$($SCM_HOOK_BIN "$@"); then
  say "scm: $what is in SCM as $id" "scm: $what 已在 SCM 中，ID 为 $id"
  # The certificates this one supersedes (same names, older): deleted unless something still uses them. A
  # failure here leaves old certificates in SCM, nothing worse: the hook still succeeds.
  domain=${RENEWED_DOMAINS:-}
  domain=${domain%% *}
  if [ "$SCM_HOOK_PRUNE" = yes ] && [ -n "$domain" ]; then
    # Anything on stderr makes certbot log "Hook ran with error output" as a warning, so when the prune
    # succeeds its progress lines ("reading the certificate list ...", "正在读取证书列表…") are dropped, its
    # summary ("1 certificate deleted, 2 kept") goes to stdout (certbot's info log), and only warnings stay on stderr.
    if said=$($SCM_HOOK_BIN prune --domain "$domain" --no-input 2>&1 >/dev/null); then
      printf '%s\n' "$said" | while IFS= read -r line; do
        case $line in
          *' ...' | *'…' | '') ;;
          'warning:'* | '警告：'*) printf '%s\n' "$line" >&2 ;;
          *) say "scm prune: $line" "scm prune：$line" ;;
        esac
      done
    else
      pruned=$?
      printf '%s\n' "$said" >&2
      say "scm deploy hook: prune of $domain failed (exit $pruned); old certificates stay in SCM" \
        "scm 部署钩子：清理 $domain 的旧证书失败（退出码 $pruned）；旧证书仍保留在 SCM 中" >&2
    fi
  fi
  exit 0
else
  status=$?
fi
# What scm said on stdout before it failed goes to certbot's log too (stdout: certbot's "ran with output"): the
# id when the upload worked and a push did not, or a rotation's rows (which resources moved, which failed).
# Which step failed, for the last line: the id alone means the upload worked and a push after it did not. With
# rotate, a rotation's rows (exit 1, 3, 4 or 5) mean the certificate is in SCM and a deployment, or the check after
# them, failed; their first line names it, the id last: "uploaded NAME as ID" by this run, else the copy SCM held
# already. Nothing means it stopped before: at the offline checks (exit 1, the certificate's or, rotating, the
# rotation's: nothing uploaded or deployed), or at the upload.
step=upload
newid=
held=no
case $id in
  scs*[!0-9]*) printf '%s\n' "$id" ;;
  scs?*) say "scm: $what is in SCM as $id" "scm: $what 已在 SCM 中，ID 为 $id"
    step=push newid=$id ;;
  ?*) printf '%s\n' "$id" ;;
esac
if [ "$step" = upload ] && [ -n "$id" ] && [ "$SCM_HOOK_ROTATE" = yes ]; then
  case $status in
    1 | 3 | 4 | 5) step=rotate
      first=$(printf '%s\n' "$id" | sed -n 1p)
      case ${first##* } in
        scs*[!0-9]*) ;;
        scs?*) newid=${first##* } ;;
      esac
      case $first in
        'uploaded '* | '已上传 '*) ;;
        *) held=yes ;;
      esac ;;
  esac
fi
case $status in
  1) why='the certificate failed the offline checks and nothing was sent (the lines above say why)'
     zhwhy='证书未通过离线检查，未发送任何内容（原因见上文）' ;;
  2) why='usage or input problem (a file, a variable or the config file)'
     zhwhy='用法或输入有误（文件、变量或配置文件）' ;;
  3) why='credentials missing or refused (run: scm config)'
     zhwhy='凭证缺失或被拒绝（请运行 `scm config` 检查）' ;;
  4) why='SCM rejected the request (the lines above say why)'
     zhwhy='SCM 拒绝了请求（原因见上文）' ;;
  5) why='network failure or SCM unavailable (the hint above says what may have been done and how to finish; certbot does not run this hook again for this certificate)'
     zhwhy='网络故障或 SCM 不可用（上面的提示说明了可能已完成的操作以及如何完成；certbot 不会为这张证书再次运行此钩子）' ;;
  126) # the shell's: found, but not executable
     why="$SCM_HOOK_BIN cannot be executed (run: chmod +x on it, or set SCM_HOOK_BIN to the scm that is installed)"
     zhwhy="无法执行 $SCM_HOOK_BIN（请对它运行 \`chmod +x\`，或把 SCM_HOOK_BIN 设为已安装的 scm）" ;;
  127) # the shell's: not found (certbot's timer and cron give hooks a short PATH)
     why="$SCM_HOOK_BIN could not be found (nor the node it runs with) on the PATH certbot gives its hooks ($PATH): set SCM_HOOK_BIN to scm's full path, with node's before it when node is not on that PATH ('/path/to/node /path/to/scm')"
     zhwhy="在 certbot 提供给钩子的 PATH（$PATH）中找不到 $SCM_HOOK_BIN（或运行它所需的 node）：请把 SCM_HOOK_BIN 设为 scm 的完整路径；node 不在该 PATH 中时，在前面加上 node 的完整路径（'/path/to/node /path/to/scm'）" ;;
  *) why='unexpected failure'
     zhwhy='意外失败' ;;
esac
lineage=${RENEWED_LINEAGE:-?}
went=failed zhwent='失败'
case $step:$status in
  push:4) why='SCM refused the push (the lines above say why)'
     zhwhy='SCM 拒绝了推送（原因见上文）' ;;
  rotate:1) went='is not confirmed yet' zhwent='尚未得到确认'
     why='nothing failed, but SCM cannot confirm yet that every resource uses it, so old certificates that may still be in use were kept (the lines above say which)'
     zhwhy='没有失败，但 SCM 尚无法确认所有资源都已使用它，可能仍在使用的旧证书已保留（具体见上文）' ;;
  rotate:4) why='a deployment failed and the old certificates were kept (the lines above say which)'
     zhwhy='有部署失败，旧证书已保留（具体见上文）' ;;
esac
if [ "$step" = push ]; then
  say "scm deploy hook: $lineage was uploaded (in SCM as $newid), but the push after it failed (exit $status): $why" \
    "scm 部署钩子：$lineage 已上传（在 SCM 中的 ID 为 $newid），但随后的推送失败（退出码 $status）：$zhwhy" >&2
elif [ "$step" = rotate ] && [ "$held" = no ] && [ -n "$newid" ]; then
  say "scm deploy hook: $lineage was uploaded (in SCM as $newid), but the rotation to it $went (exit $status): $why" \
    "scm 部署钩子：$lineage 已上传（在 SCM 中的 ID 为 $newid），但随后的轮换$zhwent（退出码 $status）：$zhwhy" >&2
elif [ "$step" = rotate ] && [ "$held" = yes ] && [ -n "$newid" ]; then
  say "scm deploy hook: $lineage is in SCM already (as $newid), but the rotation to it $went (exit $status): $why" \
    "scm 部署钩子：$lineage 已在 SCM 中（ID 为 $newid），但轮换$zhwent（退出码 $status）：$zhwhy" >&2
elif [ "$step" = rotate ]; then
  say "scm deploy hook: $lineage is in SCM already, but the rotation to it $went (exit $status): $why" \
    "scm 部署钩子：$lineage 已在 SCM 中，但轮换$zhwent（退出码 $status）：$zhwhy" >&2
elif [ "$status" = 1 ] && [ "$SCM_HOOK_ROTATE" = yes ]; then
  say "scm deploy hook: nothing was uploaded or deployed for $lineage (exit 1): the certificate, or the rotation to it, failed the offline checks (the lines above say why)" \
    "scm 部署钩子：没有为 $lineage 上传或部署任何内容（退出码 1）：证书或对它的轮换未通过离线检查（原因见上文）" >&2
else
  say "scm deploy hook: upload of $lineage failed (exit $status): $why" \
    "scm 部署钩子：上传 $lineage 失败（退出码 $status）：$zhwhy" >&2
fi
exit "$status"
