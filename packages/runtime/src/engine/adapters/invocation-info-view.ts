// System.Management.Automation.InvocationInfo as scripts see it: $MyInvocation and an ErrorRecord's InvocationInfo.
import { PSObject } from '../../values/ps-object.js';

export const INVOCATION_INFO_TYPE_NAME = 'System.Management.Automation.InvocationInfo';

/**
 * A type view: GetType() and -is see [System.Management.Automation.InvocationInfo]; the class has no ToString()
 * override, so "$info" is its type name (not `@{...}`).
 */
export function invocationInfoView(properties: Iterable<readonly [string, unknown]>): PSObject {
  return new PSObject({
    isTypeView: true,
    typeNames: [INVOCATION_INFO_TYPE_NAME, 'System.Object'],
    toText: () => INVOCATION_INFO_TYPE_NAME,
    properties,
  });
}
