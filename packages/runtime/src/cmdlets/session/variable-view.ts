// How scripts see a PSVariable (Get-Variable's output): Name, Value, Description, Options, Visibility... live.
import type { FormatView } from '../../format/view-registry.js';
import type { PSVariable } from '../../engine/session-state/ps-variable.js';
import { BUILTIN_ENUM_TYPES } from '../../values/enum-registry.js';
import { PSEnumValue, type EnumTypeInfo } from '../../values/ps-enum.js';
import { PSObject } from '../../values/ps-object.js';

export const psVariableTypeName = 'System.Management.Automation.PSVariable';

const enumType = (name: string) =>
  BUILTIN_ENUM_TYPES.find((t) => t.fullName === `System.Management.Automation.${name}`) as EnumTypeInfo;

const views = new WeakMap<PSVariable, PSObject>();

/** The PSObject over a variable (one per variable, so its properties read and write the variable itself). */
export function psVariableView(variable: PSVariable): PSObject {
  let view = views.get(variable);
  if (view) return view;
  view = new PSObject({
    isTypeView: true,
    typeNames: [psVariableTypeName, 'System.Object'],
  });
  const property = (name: string, get: () => unknown, set?: (value: unknown) => void) =>
    view!.addMember({
      memberType: 'CodeProperty',
      name,
      get,
      ...(set ? { set: (_: unknown, v: unknown) => set(v) } : {}),
    });
  property('Name', () => variable.name);
  property(
    'Description',
    () => variable.description,
    (v) => (variable.description = v === null || v === undefined ? '' : String(v)),
  );
  property(
    'Value',
    () => variable.value,
    (v) => (variable.value = v),
  );
  property(
    'Visibility',
    () => new PSEnumValue(enumType('SessionStateEntryVisibility'), variable.visibility === 'Private' ? 1 : 0),
  );
  property('Module', () => null);
  property('ModuleName', () => '');
  property('Options', () => new PSEnumValue(enumType('ScopedItemOptions'), variable.options));
  property('Attributes', () => []);
  views.set(variable, view);
  return view;
}

/** pwsh's "Variable" table view: Name (30 wide), Value; a view's columns are left-aligned unless declared. */
export const psVariableTableView: FormatView = {
  kind: 'table',
  columns: [
    { label: 'Name', property: 'Name', width: 30, alignment: 'Left' },
    { label: 'Value', property: 'Value', alignment: 'Left' },
  ],
};
