// A stand-in for the .NET types of a pwsh 7.4 machine, for the resolveType parse option in tests: accelerators and full
// names looked up as PowerShell's TypeResolver does (accelerator, name, `System.` and `using namespace` prefixes, the
// `Attribute` suffix for attributes, the `` `N `` suffix for generic types).
import type { TypeResolution, TypeResolutionRequest } from '../src/index.js';

const accelerators: Record<string, string> = {
  bool: 'System.Boolean',
  int: 'System.Int32',
  object: 'System.Object',
  ref: 'System.Management.Automation.PSReference',
  string: 'System.String',
  void: 'System.Void',
  hashtable: 'System.Collections.Hashtable',
  parameter: 'System.Management.Automation.ParameterAttribute',
  validatescript: 'System.Management.Automation.ValidateScriptAttribute',
  validateset: 'System.Management.Automation.ValidateSetAttribute',
  validaterange: 'System.Management.Automation.ValidateRangeAttribute',
  cmdletbinding: 'System.Management.Automation.CmdletBindingAttribute',
  dscresource: 'System.Management.Automation.DscResourceAttribute',
  dscproperty: 'System.Management.Automation.DscPropertyAttribute',
  alias: 'System.Management.Automation.AliasAttribute',
};

/** The exception types the tests catch, each with its base classes (nearest first), as .NET has them. */
const exceptionBases: Record<string, readonly string[]> = {
  'System.Exception': ['System.Object'],
  'System.SystemException': ['System.Exception', 'System.Object'],
  'System.ArgumentException': ['System.SystemException', 'System.Exception', 'System.Object'],
  'System.ArgumentNullException': [
    'System.ArgumentException',
    'System.SystemException',
    'System.Exception',
    'System.Object',
  ],
  'System.IO.IOException': ['System.SystemException', 'System.Exception', 'System.Object'],
  'System.IO.FileNotFoundException': [
    'System.IO.IOException',
    'System.SystemException',
    'System.Exception',
    'System.Object',
  ],
  'System.Management.Automation.RuntimeException': [
    'System.SystemException',
    'System.Exception',
    'System.Object',
  ],
};

/** Full names by lower-case full name: .NET's spelling is what a resolved type reports. */
const fullNames = new Map(
  [
    ...Object.values(accelerators),
    ...Object.keys(exceptionBases),
    'System.FlagsAttribute',
    'System.ObsoleteAttribute',
    'System.Management.Automation.CmdletAttribute',
    'System.Collections.Generic.List`1',
    'System.Collections.Generic.Dictionary`2',
    'System.IDisposable',
    'System.Object',
    'System.Management.Automation.InvocationInfo',
  ].map((n) => [n.toLowerCase(), n]),
);

const found = (fullName: string): TypeResolution => {
  const baseTypes = exceptionBases[fullName];
  return baseTypes === undefined ? { fullName } : { fullName, baseTypes };
};

export function resolveDotNetType(request: TypeResolutionRequest): TypeResolution {
  const accelerated =
    request.genericArgumentCount === 0 ? accelerators[request.name.toLowerCase()] : undefined;
  if (accelerated !== undefined) return found(accelerated);
  for (const prefix of ['', 'System.', ...request.namespaces.map((n) => `${n}.`)]) {
    let name = prefix + request.name;
    if (request.genericArgumentCount > 0 && !name.includes('`')) name += `\`${request.genericArgumentCount}`;
    const candidates = request.isAttribute && !/attribute$/i.test(name) ? [name, `${name}Attribute`] : [name];
    for (const c of candidates) {
      const fullName = fullNames.get(c.toLowerCase());
      if (fullName !== undefined) return found(fullName);
    }
  }
  return 'notFound';
}
