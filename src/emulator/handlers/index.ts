// One handler per operation of the route table (router.ts). Adding an operation: a route row, a handler
// file beside these, a line here.
import type { Op } from '../router.js';
import type { Handler } from './context.js';
import { deleteCertificate } from './delete.js';
import { deploy } from './deploy.js';
import { deployedResources } from './deployed-resources.js';
import { exportCertificate } from './export.js';
import { importCertificate } from './import.js';
import { list } from './list.js';
import { disableNotification, enableNotification } from './notification.js';
import { batchPush, push } from './push.js';
import { show } from './show.js';

export const HANDLERS: Record<Op, Handler> = {
  import: importCertificate,
  list,
  show,
  delete: deleteCertificate,
  push,
  'batch-push': batchPush,
  'deployed-resources': deployedResources,
  export: exportCertificate,
  'notification-enable': enableNotification,
  'notification-disable': disableNotification,
  deploy,
};

export type { Answer, Behaviour, Request } from './context.js';
export { DEFAULT_BEHAVIOUR } from './context.js';
