// Set-StrictMode: -Version 1.0/2.0/3.0/Latest or -Off, recorded on the caller's scope (children inherit it).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { psVersion } from '../../runspace/automatic-variables.js';

export const setStrictModeMetadata: CommandMetadata = {
  name: 'Set-StrictMode',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.SetStrictModeCommand',
  defaultParameterSetName: 'Version',
  parameters: [
    { name: 'Off', type: 'switch', parameterSets: { Off: { mandatory: true } } },
    { name: 'Version', type: 'object', aliases: ['v'], parameterSets: { Version: { mandatory: true } } },
  ],
};

/** PSVersionInfo.IsValidPSVersion: the versions PowerShell has shipped (up to this one). */
const validVersions = new Set([
  '1.0',
  '2.0',
  '3.0',
  '4.0',
  '5.0',
  '5.1',
  '6.0',
  '6.1',
  '6.2',
  '7.0',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
]);

/** The major version a -Version argument names ("Latest" is this PowerShell), or undefined when it names none. */
function majorOf(text: string): number | undefined {
  const t = text.trim();
  if (t.toLowerCase() === 'latest') return Number(psVersion.split('.')[0]);
  const m = /^(\d+)(?:\.(\d+)(?:\.\d+){0,2})?$/.exec(t);
  if (!m) return undefined;
  const key = `${Number(m[1])}.${Number(m[2] ?? 0)}`;
  return validVersions.has(key) ? Number(m[1]) : undefined;
}

export const setStrictMode: CmdletImplementation = {
  end(rt) {
    if (rt.parameterSetName === 'Off') {
      rt.context.sessionState.setStrictModeVersion(rt.scope, 0);
      return;
    }
    const raw = rt.parameters['Version'];
    const text = typeof raw === 'number' && Number.isInteger(raw) ? `${raw}.0` : toStr(rt.context, raw);
    const major = majorOf(text);
    if (major === undefined)
      return rt.throwTerminatingError(
        new ErrorRecord({
          message: `Cannot validate argument on parameter 'Version'. The "${text}" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.`,
          errorId: 'ParameterArgumentValidationError',
          category: 'InvalidData',
          exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
          targetObject: raw,
          implementingType: 'Microsoft.PowerShell.Commands.SetStrictModeCommand',
        }),
      );
    rt.context.sessionState.setStrictModeVersion(rt.scope, major);
  },
};
