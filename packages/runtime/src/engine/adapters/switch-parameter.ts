// A [switch] parameter's value in a script: a boolean that also answers .IsPresent and .ToBool(), like SwitchParameter.
import { PSObject } from '../../values/ps-object.js';

const typeNames = ['System.Management.Automation.SwitchParameter', 'System.ValueType', 'System.Object'];

export function switchParameter(present: boolean): PSObject {
  // A type view: GetType() is SwitchParameter, while conversions and comparisons see the boolean.
  const obj = new PSObject({ baseObject: present, typeNames, isTypeView: true });
  obj.addMember({ memberType: 'CodeProperty', name: 'IsPresent', get: () => present });
  obj.addMember({ memberType: 'CodeMethod', name: 'ToBool', invoke: () => present });
  return obj;
}
