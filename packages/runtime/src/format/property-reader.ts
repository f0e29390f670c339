// PropertyReader: how formatting lists and reads an object's properties (the runspace passes its member access).
import { PSObject } from '../values/ps-object.js';
import { createMemberContext, getMember, propertyNamesOf, type MemberContext } from '../members/index.js';

export interface PropertyReader {
  /** Property names in display order (extended first, then adapted). */
  readonly names: (obj: unknown) => string[];
  /** A property's value; null when the object has no such property. */
  readonly get: (obj: unknown, name: string) => unknown;
}

let fallbackContext: MemberContext | undefined;

/** Member access without a runspace: note and code properties, and adapted .NET properties. */
export const defaultPropertyReader: PropertyReader = {
  names: propertyNamesOf,
  get(obj, name) {
    if (obj instanceof PSObject) {
      const m = obj.getMember(name);
      if (m?.memberType === 'NoteProperty') return m.value;
      if (m?.memberType === 'CodeProperty') return m.get(obj);
    }
    fallbackContext ??= createMemberContext();
    return getMember(obj, name, fallbackContext) ?? null;
  },
};
