// Store rows for relations between recipients: group membership, mailbox (FullAccess) and recipient (SendAs) permissions.
import type { ObjectWrite } from '../store/tenant-store.js';

export function membershipWrite(groupGuid: string, memberGuid: string): ObjectWrite {
  return {
    id: `${groupGuid}:${memberGuid}`,
    parent: groupGuid,
    name: memberGuid,
    data: { Group: groupGuid, Member: memberGuid },
  };
}

export function mailboxPermissionWrite(
  mailbox: ObjectWrite,
  user: string,
  accessRights: string[],
  deny = false,
): ObjectWrite {
  return {
    id: `${mailbox.id}:${user.toLowerCase()}:${deny ? 'deny' : 'allow'}`,
    parent: mailbox.id,
    name: user,
    data: {
      Identity: String(mailbox.data.Identity),
      User: user,
      AccessRights: accessRights,
      IsInherited: false,
      Deny: deny,
      InheritanceType: 'All',
      IsValid: true,
      ObjectState: 'New',
    },
  };
}

export function recipientPermissionWrite(recipient: ObjectWrite, trustee: string): ObjectWrite {
  return {
    id: `${recipient.id}:${trustee.toLowerCase()}:sendas`,
    parent: recipient.id,
    name: trustee,
    data: {
      Identity: String(recipient.data.Identity),
      Trustee: trustee,
      AccessControlType: 'Allow',
      AccessRights: ['SendAs'],
      IsInherited: false,
      InheritanceType: 'None',
      IsValid: true,
      ObjectState: 'New',
    },
  };
}
