// New-Object: PSObject/PSCustomObject with -Property, or an emulated .NET type constructed with -ArgumentList.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { setMember, toStr } from '../../engine/semantics/index.js';
import { constructInstance } from '../../types/index.js';
import type { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';

export const newObjectMetadata: CommandMetadata = {
  name: 'New-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand',
  defaultParameterSetName: 'Net',
  parameters: [
    { name: 'TypeName', type: 'string', parameterSets: { Net: { mandatory: true, position: 0 } } },
    { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], parameterSets: { Net: { position: 1 } } },
    { name: 'Property', type: 'hashtable' },
    { name: 'ComObject', type: 'string', parameterSets: { Com: { mandatory: true, position: 0 } } },
    { name: 'Strict', type: 'switch', parameterSets: { Com: {} } },
  ],
};

export const newObject: CmdletImplementation = {
  end(rt) {
    const ctx = rt.context;
    if (rt.parameterSetName === 'Com') {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: 'COM objects are not available on this platform.',
          errorId: 'NoCOMClassIdentified',
          category: 'ResourceUnavailable',
          commandName: 'New-Object',
        }),
      );
    }
    const typeName = rt.parameters['TypeName'] as string;
    const props = rt.parameters['Property'] as PSHashtable | undefined;
    const lower = typeName.toLowerCase().replace(/^system\.management\.automation\./, '');
    let obj: unknown;
    if (lower === 'psobject' || lower === 'pscustomobject') {
      obj = PSObject.fromEntries(props ? props.entries().map(([k, v]) => [toStr(ctx, k), v] as const) : []);
    } else {
      const type = ctx.types.tryResolve(typeName);
      if (!type) {
        rt.throwTerminatingError(
          new ErrorRecord({
            message: `Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`,
            errorId: 'TypeNotFound',
            category: 'InvalidType',
            exceptionType: 'System.Management.Automation.PSArgumentException',
            implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand',
          }),
        );
      }
      obj = constructInstance(
        type as NonNullable<typeof type>,
        (rt.parameters['ArgumentList'] as unknown[] | undefined) ?? [],
      );
      if (props) for (const [k, v] of props.entries()) setMember(ctx, obj, toStr(ctx, k), v);
    }
    rt.writeObject(obj);
  },
};
