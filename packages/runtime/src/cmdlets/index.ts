// The built-in cmdlets and default aliases every runspace starts with.
import type { Runspace } from '../runspace/runspace.js';
import { outNull, outNullMetadata } from './core/out-null.js';
import { forEachObject, forEachObjectMetadata } from './objects/foreach-object.js';
import { measureObject, measureObjectMetadata } from './objects/measure-object.js';
import { selectObject, selectObjectMetadata } from './objects/select-object.js';
import { whereObject, whereObjectMetadata } from './objects/where-object.js';
import { writeOutput, writeOutputMetadata } from './write/write-output.js';
import {
  writeDebug,
  writeDebugMetadata,
  writeError,
  writeErrorMetadata,
  writeHost,
  writeHostMetadata,
  writeInformation,
  writeInformationMetadata,
  writeVerbose,
  writeVerboseMetadata,
  writeWarning,
  writeWarningMetadata,
} from './write/write-streams.js';

const module = 'Microsoft.PowerShell.Utility';
const core = 'Microsoft.PowerShell.Core';

/** PowerShell 7's default aliases for the cmdlets exosh has. */
export const defaultAliases: Readonly<Record<string, string>> = {
  '%': 'ForEach-Object',
  foreach: 'ForEach-Object',
  '?': 'Where-Object',
  where: 'Where-Object',
  select: 'Select-Object',
  measure: 'Measure-Object',
  echo: 'Write-Output',
  write: 'Write-Output',
};

export function registerBuiltins(runspace: Runspace): void {
  runspace.addCmdlet(writeOutputMetadata, writeOutput, module);
  runspace.addCmdlet(writeHostMetadata, writeHost, module);
  runspace.addCmdlet(writeErrorMetadata, writeError, module);
  runspace.addCmdlet(writeWarningMetadata, writeWarning, module);
  runspace.addCmdlet(writeVerboseMetadata, writeVerbose, module);
  runspace.addCmdlet(writeDebugMetadata, writeDebug, module);
  runspace.addCmdlet(writeInformationMetadata, writeInformation, module);
  runspace.addCmdlet(forEachObjectMetadata, forEachObject, core);
  runspace.addCmdlet(whereObjectMetadata, whereObject, core);
  runspace.addCmdlet(outNullMetadata, outNull, core);
  runspace.addCmdlet(measureObjectMetadata, measureObject, module);
  runspace.addCmdlet(selectObjectMetadata, selectObject, module);
  const aliases = runspace.context.sessionState.global.aliases;
  for (const [alias, target] of Object.entries(defaultAliases)) aliases.set(alias.toLowerCase(), target);
}
