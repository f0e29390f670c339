// The cmdlet catalog: every declaration, looked up case-insensitively by name.
import { complianceCmdlets } from './compliance-cmdlets.js';
import { deviceCmdlets } from './device-cmdlets.js';
import { groupCmdlets } from './group-cmdlets.js';
import { mailboxContentCmdlets } from './mailbox-content-cmdlets.js';
import { organizationCmdlets } from './organization-cmdlets.js';
import { permissionCmdlets } from './permission-cmdlets.js';
import { recipientCmdlets } from './recipient-cmdlets.js';
import type { CmdletDeclaration } from './types.js';

export const cmdletCatalog: readonly CmdletDeclaration[] = [
  ...recipientCmdlets,
  ...permissionCmdlets,
  ...groupCmdlets,
  ...organizationCmdlets,
  ...mailboxContentCmdlets,
  ...deviceCmdlets,
  ...complianceCmdlets,
];

const byName = new Map(cmdletCatalog.map((c) => [c.name.toLowerCase(), c]));

export function findCmdlet(name: string): CmdletDeclaration | undefined {
  return byName.get(name.toLowerCase());
}

export type {
  CmdletDeclaration,
  ParameterDeclaration,
  ParameterType,
  ParameterSetMembership,
  ConfirmImpact,
} from './types.js';
