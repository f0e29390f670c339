// Member access: getMember/setMember/invokeMethod/listMembers over PowerShell values, with adapted .NET members.
export {
  getMember,
  hasMember,
  lookupMember,
  ownProperty,
  enumerableItems,
  type MemberLookup,
} from './get-member.js';
export { setMember } from './set-member.js';
export { invokeMethod } from './invoke-method.js';
export { listMembers, listMemberViews, type MemberDescriptor, type MemberType } from './list-members.js';
export { createMemberContext, scriptResult, type MemberContext } from './member-context.js';
export { typeInfoOf } from './type-of.js';
export { propertyNamesOf } from './property-names.js';
export { adapterFor } from './adapter-for.js';
export type { InstanceAdapter, AdaptedProperty, Receiver } from './adapter.js';
export { PSObjectView, PSMemberCollection, PSMemberView } from './adapters/psobject-view.js';
export { DictionaryEntry, dotNetEquals } from './adapters/collections.js';
export { splitString } from './adapters/string.js';
export { itemByKey } from './item-by-key.js';
