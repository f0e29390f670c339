// Get-Date: the current date or -Date, adjusted by -Year..-Millisecond, optionally as -Format/-UFormat text;
// a date carries pwsh's DisplayHint note.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { BUILTIN_ENUM_TYPES } from '../../values/enum-registry.js';
import { PSEnumValue, enumMemberValue, type EnumTypeInfo } from '../../values/ps-enum.js';
import { PSObject } from '../../values/ps-object.js';
import { typeNamesOf } from '../../values/type-names.js';
import { formatDateTime } from '../../text/index.js';
import { uformat } from './uformat.js';

const part = (name: string, min: number, max: number) => ({
  name,
  type: 'int',
  validation: [{ kind: 'ValidateRange' as const, min, max }],
});

export const getDateMetadata: CommandMetadata = {
  name: 'Get-Date',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetDateCommand',
  defaultParameterSetName: 'net',
  parameters: [
    {
      name: 'Date',
      type: 'datetime',
      aliases: ['LastWriteTime'],
      parameterSets: {
        __AllParameterSets: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      },
    },
    part('Year', 1, 9999),
    part('Month', 1, 12),
    part('Day', 1, 31),
    part('Hour', 0, 23),
    part('Minute', 0, 59),
    part('Second', 0, 59),
    part('Millisecond', 0, 999),
    { name: 'DisplayHint', type: 'DisplayHintType', enumValues: ['Date', 'Time', 'DateTime'] },
    { name: 'Format', type: 'string', parameterSets: { net: {} } },
    { name: 'UFormat', type: 'string', parameterSets: { UFormat: {} } },
    { name: 'AsUTC', type: 'switch' },
  ],
};

export const getDate: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    let d = (p['Date'] as PSDateTime | undefined) ?? PSDateTime.now();
    if (p['AsUTC'] === true) d = d.toUniversalTime();
    const n = (k: string, fallback: number) => (p[k] === undefined ? fallback : (p[k] as number));
    if (['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'].some((k) => p[k] !== undefined)) {
      d = PSDateTime.fromParts(
        n('Year', d.year),
        n('Month', d.month),
        n('Day', d.day),
        n('Hour', d.hour),
        n('Minute', d.minute),
        n('Second', d.second),
        n('Millisecond', d.millisecond),
        d.kind,
      );
    }
    if (p['Format'] !== undefined) rt.writeObject(formatDateTime(d, p['Format'] as string));
    else if (p['UFormat'] !== undefined) rt.writeObject(uformat(d, p['UFormat'] as string));
    else rt.writeObject(withDisplayHint(d, p['DisplayHint']));
  },
};

const displayHintType = BUILTIN_ENUM_TYPES.find(
  (t) => t.fullName === 'Microsoft.PowerShell.Commands.DisplayHintType',
) as EnumTypeInfo;

/** pwsh's Get-Date output: the date in a PSObject with a DisplayHint note (DateTime unless -DisplayHint says). */
function withDisplayHint(d: PSDateTime, hint: unknown): PSObject {
  const value = enumMemberValue(displayHintType, String(hint ?? 'DateTime')) ?? 2;
  return new PSObject({
    baseObject: d,
    typeNames: typeNamesOf(d),
    properties: [['DisplayHint', new PSEnumValue(displayHintType, value)]],
  });
}
