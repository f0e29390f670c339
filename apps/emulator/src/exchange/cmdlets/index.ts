// Every cmdlet implementation, keyed by its declared name.
import { auditHandlers } from './audit-handler.js';
import { complianceHandlers } from './compliance-handlers.js';
import { groupHandlers } from './group-handlers.js';
import type { CmdletHandler } from './handler.js';
import { organizationHandlers } from './organization-handlers.js';
import { permissionHandlers } from './permission-handlers.js';
import { recipientHandlers } from './recipient-handlers.js';
import { statisticsHandlers } from './statistics-handlers.js';
import { unifiedGroupHandlers } from './unified-group-handlers.js';
import { mailboxContentHandlers } from './mailbox-content-handlers.js';
import { messageTraceHandlers } from './message-trace-handler.js';
import { calendarProcessingHandlers } from './calendar-processing-handlers.js';
import { deviceHandlers } from './device-handlers.js';

export const cmdletHandlers: Readonly<Record<string, CmdletHandler>> = {
  ...recipientHandlers,
  ...statisticsHandlers,
  ...permissionHandlers,
  ...groupHandlers,
  ...organizationHandlers,
  ...auditHandlers,
  ...complianceHandlers,
  ...unifiedGroupHandlers,
  ...mailboxContentHandlers,
  ...messageTraceHandlers,
  ...calendarProcessingHandlers,
  ...deviceHandlers,
};
