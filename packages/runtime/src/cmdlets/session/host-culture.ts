// Get-Host ($Host) and Get-Culture (en-US, the culture exosh formats and compares in).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import type { FormatView } from '../../format/view-registry.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { PSObject } from '../../values/ps-object.js';

export const getHostMetadata: CommandMetadata = {
  name: 'Get-Host',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetHostCommand',
  parameters: [],
};

export const getHost: CmdletImplementation = {
  end(rt) {
    rt.writeObject(rt.context.sessionState.global.variables.get('host')?.value ?? null);
  },
};

export const getCultureMetadata: CommandMetadata = {
  name: 'Get-Culture',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetCultureCommand',
  defaultParameterSetName: 'CurrentCulture',
  parameters: [
    { name: 'Name', type: 'string', parameterSets: { Name: { position: 0, valueFromPipeline: true } } },
    { name: 'ListAvailable', type: 'switch', parameterSets: { ListAvailable: {} } },
    { name: 'NoUserOverride', type: 'switch' },
  ],
};

const cultureTypeNames = ['System.Globalization.CultureInfo', 'System.Object'];

/** The en-US CultureInfo (ToString() is its name), with the properties scripts read. */
function enUS(): PSObject {
  const culture = new PSObject({
    typeNames: cultureTypeNames,
    isTypeView: true,
    properties: [
      ['Parent', 'en'],
      ['LCID', 1033],
      ['KeyboardLayoutId', 1033],
      ['Name', 'en-US'],
      ['IetfLanguageTag', 'en-US'],
      ['DisplayName', 'English (United States)'],
      ['NativeName', 'English (United States)'],
      ['EnglishName', 'English (United States)'],
      ['TwoLetterISOLanguageName', 'en'],
      ['ThreeLetterISOLanguageName', 'eng'],
      ['ThreeLetterWindowsLanguageName', 'ENU'],
      ['IsNeutralCulture', false],
      ['UseUserOverride', true],
      ['IsReadOnly', false],
    ],
  });
  return culture;
}

/** pwsh's CultureInfo table: LCID (16), Name (16), DisplayName. */
export const cultureInfoView: FormatView = {
  kind: 'table',
  columns: [
    { label: 'LCID', property: 'LCID', width: 16, alignment: 'Left' },
    { label: 'Name', property: 'Name', width: 16, alignment: 'Left' },
    { label: 'DisplayName', property: 'DisplayName', alignment: 'Left' },
  ],
};

export const getCulture: CmdletImplementation = {
  process(rt) {
    const name = rt.parameters['Name'] as string | undefined;
    if (
      name === undefined ||
      name === '' ||
      name.toLowerCase() === 'en-us' ||
      rt.parameters['ListAvailable'] === true
    ) {
      rt.writeObject(enUS());
      return;
    }
    rt.writeError(
      new ErrorRecord({
        message: `Culture is not supported. (Parameter 'name')\n${name} is an invalid culture identifier.`,
        errorId: 'ItemNotFoundException',
        category: 'ObjectNotFound',
        exceptionType: 'System.Globalization.CultureNotFoundException',
        targetObject: name,
        commandName: 'Microsoft.PowerShell.Commands.GetCultureCommand',
      }),
    );
  },
};
