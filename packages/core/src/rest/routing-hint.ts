// Parameter-based routing (Populate-Headers): -UseCustomRouting anchors a call on the mailbox its identity names.
import { convertToString } from '@exosh/runtime';

interface RoutedCmdlet {
  /** The parameter whose value names the mailbox. */
  readonly parameter: 'Identity' | 'Mailbox';
  /** The value is a folder id `<mailbox>:\Folder`: its mailbox part is used. */
  readonly folder?: true;
}

/** The module's proxies that take -UseCustomRouting, with the parameter each routes on (EnableBatchingStatus:$false). */
const routed: Readonly<Record<string, RoutedCmdlet>> = {
  'get-clutter': { parameter: 'Identity' },
  'get-focusedinbox': { parameter: 'Identity' },
  'get-inboxrule': { parameter: 'Mailbox' },
  'get-mailboxautoreplyconfiguration': { parameter: 'Identity' },
  'get-mailboxcalendarfolder': { parameter: 'Identity', folder: true },
  'get-mailboxfolderpermission': { parameter: 'Identity', folder: true },
  'get-mailboxfolderstatistics': { parameter: 'Identity' },
  'get-mailboxmessageconfiguration': { parameter: 'Identity' },
  'get-mailboxpermission': { parameter: 'Identity' },
  'get-mailboxregionalconfiguration': { parameter: 'Identity' },
  'get-mailboxstatistics': { parameter: 'Identity' },
  'get-mobiledevicestatistics': { parameter: 'Mailbox' },
  'remove-calendarevents': { parameter: 'Identity' },
  'set-clutter': { parameter: 'Identity' },
  'set-focusedinbox': { parameter: 'Identity' },
  'set-mailboxregionalconfiguration': { parameter: 'Identity' },
};

/** The routed cmdlets are the ones the module never batches. */
export function isMailboxRouted(cmdletName: string): boolean {
  return cmdletName.toLowerCase() in routed;
}

const smtp = /[a-zA-Z0-9!#$%*+\-/?^_`.{|}~]+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,4}/;
const guidForms = [
  /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i,
  /^\{([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}$/i,
  /^\(([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\)$/i,
];

/** Get-MailboxIDBasedRoutingHint: `SMTP:<address>`, `MBX:<guid>@<tenant id>`, or none. */
export function mailboxRoutingHint(value: string, tenantId: string): string | undefined {
  if (smtp.test(value)) return `SMTP:${value}`;
  const trimmed = value.trim();
  for (const form of guidForms) {
    const m = form.exec(trimmed);
    if (m) return `MBX:${m.slice(1, 6).join('-').toLowerCase()}@${tenantId}`;
  }
  return undefined;
}

/** The headers for a call with -UseCustomRouting, or none (the connection's default anchor applies). */
export function parameterRoutingHeaders(
  cmdletName: string,
  parameters: Readonly<Record<string, unknown>>,
  tenantId: string,
): Record<string, string> | undefined {
  const entry = routed[cmdletName.toLowerCase()];
  const requested = parameters['UseCustomRouting'];
  if (!entry || !(requested === true || (requested as { isPresent?: boolean } | undefined)?.isPresent))
    return;
  const raw = parameters[entry.parameter];
  if (raw === undefined || raw === null) return;
  const text = convertToString(raw);
  const hint = mailboxRoutingHint(entry.folder ? (text.split(':')[0] ?? '') : text, tenantId);
  return hint && hint.trim() ? { 'X-AnchorMailbox': hint, 'parameter-based-routing': 'True' } : undefined;
}
