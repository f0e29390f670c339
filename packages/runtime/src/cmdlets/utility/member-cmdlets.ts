// Add-Member and Get-Member.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { toStr } from '../../engine/semantics/index.js';
import { listMembers, type MemberDescriptor } from '../../members/index.js';
import type { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { typeNameOf } from '../../values/type-names.js';
import { isScriptBlockLike } from '../../values/script-block-like.js';
import { matchesWildcard } from '../../engine/semantics/index.js';

export const addMemberMetadata: CommandMetadata = {
  name: 'Add-Member',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
  defaultParameterSetName: 'TypeNameSet',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true } },
    },
    {
      name: 'MemberType',
      type: 'PSMemberTypes',
      aliases: ['Type'],
      enumValues: [
        'AliasProperty',
        'CodeProperty',
        'Property',
        'NoteProperty',
        'ScriptProperty',
        'Properties',
        'PropertySet',
        'Method',
        'CodeMethod',
        'ScriptMethod',
        'Methods',
        'ParameterizedProperty',
        'MemberSet',
        'Event',
        'Dynamic',
        'All',
      ],
      parameterSets: { MemberSet: { mandatory: true, position: 0 } },
    },
    {
      name: 'Name',
      type: 'string',
      parameterSets: { MemberSet: { mandatory: true, position: 1 }, NotePropertySingleMemberSet: {} },
    },
    { name: 'Value', type: 'object', parameterSets: { MemberSet: { position: 2 } } },
    { name: 'SecondValue', type: 'object', parameterSets: { MemberSet: { position: 3 } } },
    {
      name: 'NotePropertyName',
      type: 'string',
      parameterSets: { NotePropertySingleMemberSet: { mandatory: true, position: 0 } },
    },
    {
      name: 'NotePropertyValue',
      type: 'object',
      parameterSets: { NotePropertySingleMemberSet: { mandatory: true, position: 1 } },
      allowNull: true,
    },
    {
      name: 'NotePropertyMembers',
      type: 'hashtable',
      parameterSets: { NotePropertyMultiMemberSet: { mandatory: true, position: 0 } },
    },
    {
      name: 'TypeName',
      type: 'string',
      parameterSets: {
        TypeNameSet: { mandatory: true },
        MemberSet: {},
        NotePropertySingleMemberSet: {},
        NotePropertyMultiMemberSet: {},
      },
    },
    { name: 'Force', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
  ],
};

function duplicate(rt: CommandRuntime, name: string): void {
  rt.writeError(
    new ErrorRecord({
      message: `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
      errorId: 'MemberAlreadyExists',
      category: 'InvalidOperation',
      exceptionType: 'System.InvalidOperationException',
      implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
    }),
  );
}

export const addMember: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const input = p['InputObject'];
    const obj =
      input instanceof PSObject ? input : PSObject.wrap(input, [typeNameOf(input), 'System.Object']);
    const force = p['Force'] === true;
    const add = (member: Parameters<PSObject['addMember']>[0]) => {
      if (!obj.addMember(member, force)) duplicate(rt, member.name);
    };
    switch (rt.parameterSetName) {
      case 'NotePropertySingleMemberSet':
        add({
          memberType: 'NoteProperty',
          name: p['NotePropertyName'] as string,
          value: p['NotePropertyValue'] ?? null,
        });
        break;
      case 'NotePropertyMultiMemberSet':
        for (const [k, v] of (p['NotePropertyMembers'] as PSHashtable).entries())
          add({ memberType: 'NoteProperty', name: toStr(rt.context, k), value: v });
        break;
      case 'MemberSet': {
        const type = toStr(rt.context, p['MemberType']).toLowerCase();
        const name = p['Name'] as string;
        const value = p['Value'];
        if (type === 'noteproperty') add({ memberType: 'NoteProperty', name, value: value ?? null });
        else if (type === 'scriptproperty' && isScriptBlockLike(value))
          add({
            memberType: 'ScriptProperty',
            name,
            getterScript: value,
            setterScript: isScriptBlockLike(p['SecondValue']) ? p['SecondValue'] : null,
          });
        else if (type === 'scriptmethod' && isScriptBlockLike(value))
          add({ memberType: 'ScriptMethod', name, script: value });
        else if (type === 'aliasproperty')
          add({ memberType: 'AliasProperty', name, referencedMemberName: toStr(rt.context, value) });
        else
          rt.writeError(
            new ErrorRecord({
              message: `Add-Member cannot add a member of type ${toStr(rt.context, p['MemberType'])} yet.`,
              errorId: 'CannotAddMemberType',
              category: 'NotImplemented',
              implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
            }),
          );
        break;
      }
      default:
        break;
    }
    if (p['TypeName'] !== undefined) obj.typeNames.unshift(p['TypeName'] as string);
    if (p['PassThru'] === true) rt.writeObject(obj);
  },
};

export const getMemberMetadata: CommandMetadata = {
  name: 'Get-Member',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetMemberCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
    },
    { name: 'Name', type: 'string[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'MemberType', type: 'string[]', aliases: ['Type'] },
    { name: 'Static', type: 'switch' },
    { name: 'Force', type: 'switch' },
  ],
};

/** pwsh's MemberComparer: the MemberType's name, then the member's name, both compared ordinal ignoring case. */
function byMemberTypeThenName(a: MemberDescriptor, b: MemberDescriptor): number {
  return compareOrdinalIgnoreCase(a.memberType, b.memberType) || compareOrdinalIgnoreCase(a.name, b.name);
}

function compareOrdinalIgnoreCase(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

const seenTypes = new WeakMap<CommandRuntime, Set<string>>();

/** One MemberDefinition per member, once per distinct type in the input, as Get-Member groups them. */
export const getMember: CmdletImplementation = {
  begin: (rt) => void seenTypes.set(rt, new Set()),
  process(rt) {
    const input = rt.parameters['InputObject'];
    if (input === undefined || input === null) return;
    const typeName = input instanceof PSObject ? (input.typeNames[0] ?? 'System.Object') : typeNameOf(input);
    const seen = seenTypes.get(rt)!;
    if (seen.has(typeName)) return;
    seen.add(typeName);
    const names = (rt.parameters['Name'] as string[] | undefined) ?? ['*'];
    const kinds = (rt.parameters['MemberType'] as string[] | undefined)?.map((k) => k.toLowerCase());
    for (const m of listMembers(input).sort(byMemberTypeThenName)) {
      if (!names.some((n) => matchesWildcard(m.name, n))) continue;
      if (
        kinds &&
        !kinds.some(
          (k) =>
            m.memberType.toLowerCase() === k ||
            (k === 'properties' && m.memberType.endsWith('Property')) ||
            (k === 'methods' && m.memberType.endsWith('Method')),
        )
      )
        continue;
      rt.writeObject(
        new PSObject({
          typeNames: ['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object'],
          properties: [
            ['TypeName', typeName],
            ['Name', m.name],
            ['MemberType', m.memberType],
            ['Definition', m.definition],
          ],
        }),
      );
    }
  },
};
