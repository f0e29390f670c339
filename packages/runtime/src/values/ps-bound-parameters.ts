// PSBoundParametersDictionary: $PSBoundParameters, a Dictionary[string,object] with case-insensitive keys.
import { PSHashtable } from './ps-hashtable.js';

export const BOUND_PARAMETERS_TYPE_NAME = 'System.Management.Automation.PSBoundParametersDictionary';

/**
 * pwsh's `PSBoundParametersDictionary` derives from `Dictionary<string, object>` with the OrdinalIgnoreCase
 * comparer: `.Remove()` returns a bool, it enumerates as KeyValuePairs (a Key/Value table), and it splats.
 */
export class PSBoundParametersDictionary extends PSHashtable {
  constructor() {
    super({ typeArguments: ['System.String', 'System.Object'] });
  }
}
