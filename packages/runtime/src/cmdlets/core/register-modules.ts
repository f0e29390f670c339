// Module support a runspace gets with the core cmdlets: module types, the PSModuleInfo view, $env:PSModulePath,
// Import-PowerShellDataFile, Test-ModuleManifest and the `#requires -Modules` loader.
import type { Runspace } from '../../runspace/runspace.js';
import {
  importPowerShellDataFile,
  importPowerShellDataFileMetadata,
  testModuleManifest,
  testModuleManifestMetadata,
} from './data-file-cmdlets.js';
import {
  moduleInfoGroupingTypeName,
  moduleInfoGroupingView,
  moduleInfoView,
  psModuleInfoTypeName,
  registerModuleTypes,
} from './module-info.js';
import { initModulePath } from './module-path.js';
import { newModule, newModuleMetadata } from './new-module.js';
import { registerRequiredModuleLoader } from './requires-modules.js';

export function registerModuleSupport(runspace: Runspace): void {
  registerModuleTypes(runspace.context.types);
  runspace.formatViews.register(psModuleInfoTypeName, moduleInfoView);
  runspace.formatViews.register(moduleInfoGroupingTypeName, moduleInfoGroupingView);
  const psHome = runspace.context.sessionState.global.variables.get('pshome')?.value;
  initModulePath(typeof psHome === 'string' ? psHome : process.execPath.replace(/[\\/][^\\/]*$/, ''));
  runspace.addCmdlet(
    importPowerShellDataFileMetadata,
    importPowerShellDataFile,
    'Microsoft.PowerShell.Utility',
  );
  runspace.addCmdlet(testModuleManifestMetadata, testModuleManifest, 'Microsoft.PowerShell.Core');
  runspace.addCmdlet(newModuleMetadata, newModule, 'Microsoft.PowerShell.Core');
  registerRequiredModuleLoader(runspace.context);
}
