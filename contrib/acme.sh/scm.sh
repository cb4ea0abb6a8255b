#!/usr/bin/env sh
# shellcheck disable=SC2034
# acme.sh deploy hook for Huawei Cloud SSL Certificate Manager (SCM/CCM), using the scm CLI:
# imports the certificate (only when SCM does not hold it yet) and optionally puts it wherever the older
# certificate for the domain is deployed (DEPLOY_SCM_ROTATE=yes) or pushes it to CDN, WAF or ELB.
#
# Install:  cp scm.sh ~/.acme.sh/deploy/
# Use:      export DEPLOY_SCM_PUSH="WAF:cn-north-4"        # optional
#           acme.sh --deploy -d example.com --deploy-hook scm
# acme.sh saves the DEPLOY_SCM_* settings with the domain and reuses them on every renewal:
#   DEPLOY_SCM_BIN       the scm command (default: scm)
#   DEPLOY_SCM_NAME      the name in SCM (default: <domain>-<YYYYMMDD>, made by scm)
#   DEPLOY_SCM_ROTATE    yes: deploy it wherever the other certificates for the domain are (ELB, WAF, CDN;
#                        billed per domain) and check nothing uses them any more (scm upload --rotate)
#   DEPLOY_SCM_WAF_TYPE  with ROTATE, where the older certificate is on WAF: premium (dedicated) or cloud
#   DEPLOY_SCM_PUSH      push targets, space separated: SERVICE or SERVICE:REGION[,REGION...] (not with ROTATE)
#   DEPLOY_SCM_REGION    SCM site (default cn-north-4)
#   DEPLOY_SCM_ENDPOINT  SCM endpoint URL (instead of the region's)
#   DEPLOY_SCM_ENTERPRISE_PROJECT_ID   enterprise project: 0, all or its UUID
#   DEPLOY_SCM_AK / DEPLOY_SCM_SK      credentials, if not in scm's own config: ~/.config/scm/config.json
#                                      (chmod 600) or HUAWEICLOUD_SDK_AK/_SK in acme.sh's environment
# scm's exit status tells what failed: 1 offline checks (or, rotating, SCM cannot confirm every resource yet),
# 2 usage/config, 3 credentials, 4 SCM refused (or a deployment failed: old certificates kept), 5 network.

#domain keyfile certfile cafile fullchain
scm_deploy() {
  _cdomain="$1"
  _ckey="$2"
  _ccert="$3"
  _cca="$4"
  _cfullchain="$5"

  _debug _cdomain "$_cdomain"
  _debug _ckey "$_ckey"
  _debug _ccert "$_ccert"
  _debug _cca "$_cca"
  _debug _cfullchain "$_cfullchain"

  for _scm_setting in BIN NAME PUSH ROTATE WAF_TYPE REGION ENDPOINT ENTERPRISE_PROJECT_ID AK SK; do
    _getdeployconf "DEPLOY_SCM_$_scm_setting"
  done
  _scm_bin="${DEPLOY_SCM_BIN:-scm}"
  # The hook's own lines in the language scm speaks (lang in scm's config file, else LC_ALL, LC_MESSAGES,
  # LANG), asked of scm itself so that the two never differ. When scm cannot say (it cannot be run), the first
  # of LC_ALL, LC_MESSAGES, LANG: Chinese for zh with UTF-8 or no character set named, else English.
  case $($_scm_bin config --json 2>/dev/null | tr -d ' \n') in
    *'"lang":{"value":"zh"'*) _scm_zh=yes ;;
    *'"lang":{"value":'*) _scm_zh=no ;;
    *)
      case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in
        zh | zh_[A-Z][A-Z] | zh_[A-Z][A-Z]@* | zh*.[Uu][Tt][Ff]-8* | zh*.[Uu][Tt][Ff]8*) _scm_zh=yes ;;
        *) _scm_zh=no ;;
      esac
      ;;
  esac
  if [ -n "${DEPLOY_SCM_AK:-}" ] && [ -z "${DEPLOY_SCM_SK:-}" ]; then
    if [ "$_scm_zh" = yes ]; then _err "已设置 DEPLOY_SCM_AK，但未设置 DEPLOY_SCM_SK"; else _err "DEPLOY_SCM_AK is set but DEPLOY_SCM_SK is not"; fi
    return 1
  fi
  # The other half alone would be saved in the domain's config and never used (only an AK brings the pair in).
  if [ -z "${DEPLOY_SCM_AK:-}" ] && [ -n "${DEPLOY_SCM_SK:-}" ]; then
    if [ "$_scm_zh" = yes ]; then _err "已设置 DEPLOY_SCM_SK，但未设置 DEPLOY_SCM_AK"; else _err "DEPLOY_SCM_SK is set but DEPLOY_SCM_AK is not"; fi
    return 1
  fi
  # DEPLOY_SCM_ROTATE as people write it (yes, true, on, 1 or no, false, off, 0, any case): anything else fails
  # the deploy before anything is sent (or saved), rather than being taken for "no" without a word.
  case $(printf '%s' "${DEPLOY_SCM_ROTATE:-}" | tr '[:upper:]' '[:lower:]') in
    yes | true | on | 1) DEPLOY_SCM_ROTATE=yes ;;
    no | false | off | 0 | '') ;;
    *)
      if [ "$_scm_zh" = yes ]; then
        _err "DEPLOY_SCM_ROTATE 的值应为 yes 或 no（也可以是 true/false、1/0、on/off），而不是“$DEPLOY_SCM_ROTATE”；没有发送任何请求"
      else
        _err "DEPLOY_SCM_ROTATE must be yes or no (also true/false, 1/0, on/off), not '$DEPLOY_SCM_ROTATE'; nothing was sent"
      fi
      return 1
      ;;
  esac
  for _scm_setting in BIN NAME PUSH ROTATE WAF_TYPE REGION ENDPOINT ENTERPRISE_PROJECT_ID AK SK; do
    eval "_scm_value=\${DEPLOY_SCM_$_scm_setting:-}"
    if [ -n "$_scm_value" ]; then
      _savedeployconf "DEPLOY_SCM_$_scm_setting" "$_scm_value"
    fi
  done
  _debug2 DEPLOY_SCM_BIN "$_scm_bin"
  _debug2 DEPLOY_SCM_PUSH "${DEPLOY_SCM_PUSH:-}"

  # The arguments, built in the positional parameters (POSIX sh has no arrays; $1..$5 are saved above).
  set -- upload --from acme.sh --if-changed --quiet --no-input
  [ -n "${DEPLOY_SCM_NAME:-}" ] && set -- "$@" --name "$DEPLOY_SCM_NAME"
  [ -n "${DEPLOY_SCM_REGION:-}" ] && set -- "$@" --region "$DEPLOY_SCM_REGION"
  [ -n "${DEPLOY_SCM_ENDPOINT:-}" ] && set -- "$@" --endpoint "$DEPLOY_SCM_ENDPOINT"
  [ -n "${DEPLOY_SCM_ENTERPRISE_PROJECT_ID:-}" ] && set -- "$@" --enterprise-project-id "$DEPLOY_SCM_ENTERPRISE_PROJECT_ID"
  if [ "${DEPLOY_SCM_ROTATE:-}" = yes ]; then
    set -- "$@" --rotate
    [ -n "${DEPLOY_SCM_WAF_TYPE:-}" ] && set -- "$@" --waf-type "$DEPLOY_SCM_WAF_TYPE"
    # scm does not push and rotate in one run: said, rather than the push targets left out without a word.
    if [ -n "${DEPLOY_SCM_PUSH:-}" ]; then
      if [ "$_scm_zh" = yes ]; then
        _info "DEPLOY_SCM_ROTATE=yes 时不使用 DEPLOY_SCM_PUSH（$DEPLOY_SCM_PUSH）：轮换会把证书部署到旧证书所在的位置"
      else
        _info "DEPLOY_SCM_PUSH ($DEPLOY_SCM_PUSH) is not used with DEPLOY_SCM_ROTATE=yes: the rotation deploys the certificate where the older ones are"
      fi
    fi
  else
    for _scm_target in ${DEPLOY_SCM_PUSH:-}; do
      set -- "$@" --push "$_scm_target"
    done
  fi

  # A subshell: the files and credentials go to scm through its environment (never its arguments, where
  # `ps` would show a secret), and none of it stays in acme.sh's own environment.
  _scm_id=$(
    CERT_PATH="$_ccert"
    CERT_KEY_PATH="$_ckey"
    CA_CERT_PATH="$_cca"
    CERT_FULLCHAIN_PATH="$_cfullchain"
    Le_Domain="$_cdomain"
    export CERT_PATH CERT_KEY_PATH CA_CERT_PATH CERT_FULLCHAIN_PATH Le_Domain
    if [ -n "${DEPLOY_SCM_AK:-}" ]; then
      HUAWEICLOUD_SDK_AK="$DEPLOY_SCM_AK"
      HUAWEICLOUD_SDK_SK="$DEPLOY_SCM_SK"
      export HUAWEICLOUD_SDK_AK HUAWEICLOUD_SDK_SK
    fi
    # shellcheck disable=SC2086
    $_scm_bin "$@"
  )
  _scm_status=$?
  if [ "$_scm_status" -ne 0 ]; then
    # What scm said on stdout before it failed goes to acme.sh's log too, a line each through _info: the id when
    # the upload worked and a push did not, or a rotation's rows (which resources moved, which failed).
    # Which step failed, for the error line: the id alone means the upload worked and a push after it did not.
    # With rotate, a rotation's rows (exit 1, 3, 4 or 5) mean the certificate is in SCM and a deployment, or the
    # check after them, failed; their first line names it, the id last: "uploaded NAME as ID" by this run, else
    # the copy SCM held already. Nothing means it stopped before: at the offline checks (exit 1, the
    # certificate's or, rotating, the rotation's: nothing uploaded or deployed), or at the upload.
    _scm_step=upload
    _scm_new=
    _scm_held=no
    case $_scm_id in
      scs*[!0-9]*) ;;
      scs?*)
        if [ "$_scm_zh" = yes ]; then _info "$_cdomain 的证书已在 SCM 中，ID 为 $_scm_id"; else _info "Certificate for $_cdomain is in SCM as $_scm_id"; fi
        _scm_step=push
        _scm_new=$_scm_id
        _scm_id='' ;;
    esac
    if [ "$_scm_step" = upload ] && [ -n "$_scm_id" ] && [ "${DEPLOY_SCM_ROTATE:-}" = yes ]; then
      case $_scm_status in
        1 | 3 | 4 | 5)
          _scm_step=rotate
          _scm_first=$(printf '%s\n' "$_scm_id" | sed -n 1p)
          case ${_scm_first##* } in
            scs*[!0-9]*) ;;
            scs?*) _scm_new=${_scm_first##* } ;;
          esac
          case $_scm_first in
            'uploaded '* | '已上传 '*) ;;
            *) _scm_held=yes ;;
          esac
          ;;
      esac
    fi
    printf '%s\n' "$_scm_id" | while IFS= read -r _scm_line; do
      [ -z "$_scm_line" ] || _info "$_scm_line"
    done
    if [ "$_scm_status" -eq 126 ]; then
      # The shell's: found, but not executable.
      if [ "$_scm_zh" = yes ]; then
        _err "scm 上传 $_cdomain 的证书失败（退出码 126）：无法执行 $_scm_bin（请对它运行 \`chmod +x\`，或把 DEPLOY_SCM_BIN 设为已安装的 scm）"
      else
        _err "scm upload failed for $_cdomain (exit 126): $_scm_bin cannot be executed (run: chmod +x on it, or set DEPLOY_SCM_BIN to the scm that is installed)"
      fi
    elif [ "$_scm_status" -eq 127 ]; then
      # The shell's: not found (acme.sh's cron line gives its hooks cron's short PATH).
      if [ "$_scm_zh" = yes ]; then
        _err "scm 上传 $_cdomain 的证书失败（退出码 $_scm_status）：在 acme.sh 提供给钩子的 PATH（$PATH）中找不到 $_scm_bin（或运行它所需的 node）：请把 DEPLOY_SCM_BIN 设为 scm 的完整路径；node 不在该 PATH 中时，在前面加上 node 的完整路径（'/path/to/node /path/to/scm'）"
      else
        _err "scm upload failed for $_cdomain (exit $_scm_status): $_scm_bin could not be found (nor the node it runs with) on the PATH acme.sh gives its hooks ($PATH): set DEPLOY_SCM_BIN to scm's full path, with node's before it when node is not on that PATH ('/path/to/node /path/to/scm')"
      fi
    elif [ "$_scm_step" = push ]; then
      if [ "$_scm_zh" = yes ]; then
        _err "$_cdomain 的证书已上传（在 SCM 中的 ID 为 $_scm_new），但随后的 scm 推送失败（退出码 $_scm_status；4：SCM 拒绝了推送，5：网络故障）"
      else
        _err "the certificate for $_cdomain was uploaded (in SCM as $_scm_new), but the scm push after it failed (exit $_scm_status; 4: SCM refused the push, 5: network)"
      fi
    elif [ "$_scm_step" = rotate ]; then
      # Exit 1 with rows: nothing failed, SCM cannot confirm it all yet (the old certificates were kept).
      if [ "$_scm_status" -eq 1 ]; then _scm_went='is not confirmed yet' _scm_zhwent='尚未得到确认'; else _scm_went=failed _scm_zhwent='失败'; fi
      if [ "$_scm_zh" = yes ]; then
        if [ -z "$_scm_new" ]; then _scm_what="$_cdomain 的证书已在 SCM 中，但"; elif [ "$_scm_held" = yes ]; then _scm_what="$_cdomain 的证书已在 SCM 中（ID 为 $_scm_new），但"; else _scm_what="$_cdomain 的证书已上传（在 SCM 中的 ID 为 $_scm_new），但随后的"; fi
        _err "${_scm_what} scm 轮换$_scm_zhwent（退出码 $_scm_status；1：SCM 尚无法确认所有资源都已使用它，3：部署所用的凭证被拒绝，4：有部署失败，旧证书已保留，5：网络故障）"
      else
        if [ -z "$_scm_new" ]; then _scm_what="is in SCM already"; elif [ "$_scm_held" = yes ]; then _scm_what="is in SCM already (as $_scm_new)"; else _scm_what="was uploaded (in SCM as $_scm_new)"; fi
        _err "the certificate for $_cdomain $_scm_what, but the scm rotation to it $_scm_went (exit $_scm_status; 1: SCM cannot confirm every resource uses it yet, 3: the credentials were refused for a deployment, 4: a deployment failed and the old certificates were kept, 5: network)"
      fi
    elif [ "$_scm_status" -eq 1 ] && [ "${DEPLOY_SCM_ROTATE:-}" = yes ]; then
      if [ "$_scm_zh" = yes ]; then
        _err "没有为 $_cdomain 上传或部署任何内容（退出码 1）：证书或对它的 scm 轮换未通过离线检查（原因见上文）"
      else
        _err "nothing was uploaded or deployed for $_cdomain (exit 1): the certificate, or the scm rotation to it, failed the offline checks (the lines above say why)"
      fi
    elif [ "$_scm_zh" = yes ]; then
      _err "scm 上传 $_cdomain 的证书失败（退出码 $_scm_status；1：离线检查未通过，2：用法或配置有误，3：凭证问题，4：SCM 拒绝，5：网络故障）"
    else
      _err "scm upload failed for $_cdomain (exit $_scm_status; 1: offline checks, 2: usage/config, 3: credentials, 4: SCM refused, 5: network)"
    fi
    return 1
  fi
  if [ "$_scm_zh" = yes ]; then _info "$_cdomain 的证书已在 SCM 中，ID 为 $_scm_id"; else _info "Certificate for $_cdomain is in SCM as $_scm_id"; fi
  return 0
}
