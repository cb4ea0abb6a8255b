// Huawei's pages that list the error codes, by kind of code.
import type { Text } from './types.js';

export const SCM_ERROR_PAGE: Text = {
  en: 'https://support.huaweicloud.com/intl/en-us/api-ccm/scmEn.html',
  zh: 'https://support.huaweicloud.com/api-ccm/scm.html',
};

/** The console FAQ "errors reported when I upload an SSL certificate" lists the upload-only codes. */
export const UPLOAD_FAQ_PAGE: Text = {
  en: 'https://support.huaweicloud.com/intl/en-us/ccm_faq/ccm_01_0397.html',
  zh: 'https://support.huaweicloud.com/ccm_faq/ccm_01_0397.html',
};

export const GATEWAY_ERROR_PAGE: Text = {
  en: 'https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html',
  zh: 'https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html',
};
