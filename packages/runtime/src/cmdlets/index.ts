// The built-in cmdlets and default aliases every runspace starts with.
import type { Runspace } from '../runspace/runspace.js';
import { registerSecurity } from './security/index.js';
import { convertToHtml, convertToHtmlMetadata } from './data/convertto-html.js';
import { registerFileSystemTypes } from './management/file-system-types.js';
import { fileSystemViews } from './management/file-system-views.js';
import { registerTranscript } from './host/transcript/index.js';
import { registerHelp } from './help/index.js';
import { registerSession } from './session/index.js';
import { registerFormatData } from './format-data/index.js';
import { outNull, outNullMetadata } from './core/out-null.js';
import { outDefaultMetadata, outHost, outHostMetadata } from './core/out-host.js';
import { outGridView, outGridViewMetadata } from './utility/out-gridview.js';
import { forEachObject, forEachObjectMetadata } from './objects/foreach-object.js';
import { measureObject, measureObjectMetadata } from './objects/measure-object.js';
import { selectObject, selectObjectMetadata } from './objects/select-object.js';
import { whereObject, whereObjectMetadata } from './objects/where-object.js';
import { compareObject, compareObjectMetadata } from './objects/compare-object.js';
import { getUnique, getUniqueMetadata } from './objects/get-unique.js';
import { joinString, joinStringMetadata } from './objects/join-string.js';
import { teeObject, teeObjectMetadata } from './objects/tee-object.js';
import { selectString, selectStringMetadata } from './utility/select-string/select-string.js';
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

import { getDate, getDateMetadata } from './utility/get-date.js';
import { sortObject, sortObjectMetadata } from './utility/sort-object.js';
import { groupObject, groupObjectMetadata } from './utility/group-object.js';
import { startSleep, startSleepMetadata } from './utility/start-sleep.js';
import { newObject, newObjectMetadata } from './utility/new-object.js';
import { readHost, readHostMetadata } from './utility/read-host.js';
import { writeProgress, writeProgressMetadata } from './utility/write-progress.js';
import { newTimeSpan, newTimeSpanMetadata } from './utility/new-timespan.js';
import { newGuid, newGuidMetadata } from './utility/new-guid.js';
import { testPath, testPathMetadata } from './management/test-path.js';
import {
  popLocation,
  popLocationMetadata,
  pushLocation,
  pushLocationMetadata,
} from './management/location-stack.js';
import { resolvePath, resolvePathMetadata } from './management/resolve-path.js';
import { invokeItem, invokeItemMetadata } from './management/invoke-item.js';
import {
  getModule,
  getModuleMetadata,
  importModule,
  importModuleMetadata,
  installModule,
  installModuleMetadata,
  removeModule,
  removeModuleMetadata,
} from './core/modules.js';
import {
  convertFromCsv,
  convertFromCsvMetadata,
  convertToCsv,
  convertToCsvMetadata,
  exportCsv,
  exportCsvMetadata,
  importCsv,
  importCsvMetadata,
} from './data/csv-cmdlets.js';
import {
  convertFromJson,
  convertFromJsonMetadata,
  convertToJson,
  convertToJsonMetadata,
} from './data/json-cmdlets.js';

import {
  getLocation,
  getLocationMetadata,
  joinPath,
  joinPathMetadata,
  setLocation,
  setLocationMetadata,
  splitPath,
  splitPathMetadata,
} from './management/paths.js';
import {
  addContent,
  addContentMetadata,
  getContent,
  getContentMetadata,
  outFile,
  outFileMetadata,
  setContent,
  setContentMetadata,
} from './management/content.js';
import {
  formatList,
  formatListMetadata,
  formatTable,
  formatTableMetadata,
  outString,
  outStringMetadata,
} from './utility/format-cmdlets.js';
import { formatWide, formatWideMetadata } from './utility/format-wide.js';
import { formatCustom, formatCustomMetadata } from './utility/format-custom.js';
import { addMember, addMemberMetadata, getMember, getMemberMetadata } from './utility/member-cmdlets.js';
import { clearHost, clearHostMetadata } from './utility/host-cmdlets.js';
import { getCommand, getCommandMetadata } from './core/get-command.js';
import { exportModuleMember, exportModuleMemberMetadata } from './core/export-module-member.js';
import { registerModuleSupport } from './core/register-modules.js';
import { commandInfoTypeName, commandInfoView } from './core/command-info-view.js';

import {
  invokeRestMethod,
  invokeRestMethodMetadata,
  invokeWebRequest,
  invokeWebRequestMetadata,
} from './utility/web-cmdlets.js';

import {
  getRandom,
  getRandomMetadata,
  measureCommand,
  measureCommandMetadata,
} from './utility/random-measure.js';

import {
  copyItem,
  copyItemMetadata,
  getChildItem,
  getChildItemMetadata,
  getItem,
  getItemMetadata,
  moveItem,
  moveItemMetadata,
  newItem,
  newItemMetadata,
  removeItem,
  removeItemMetadata,
  renameItem,
  renameItemMetadata,
} from './management/items.js';

const module = 'Microsoft.PowerShell.Utility';
const management = 'Microsoft.PowerShell.Management';
const core = 'Microsoft.PowerShell.Core';

/**
 * Aliases pwsh defines only on Windows (InitialSessionState's `#if !UNIX` block): on Linux and macOS these names
 * run the native commands (`ls`, `sort`, `sleep`, ...), as they do in pwsh there.
 */
export const windowsOnlyAliases: ReadonlySet<string> = new Set([
  'ac',
  'cat',
  'clear',
  'compare',
  'cp',
  'cpp',
  'diff',
  'gsv',
  'ls',
  'man',
  'mount',
  'mv',
  'ps',
  'rm',
  'rmdir',
  'sasv',
  'sleep',
  'sort',
  'spsv',
  'start',
  'tee',
  'write',
]);

/** PowerShell 7's default aliases for the cmdlets exosh has (see windowsOnlyAliases for the platform rule). */
export const defaultAliases: Readonly<Record<string, string>> = {
  '%': 'ForEach-Object',
  foreach: 'ForEach-Object',
  '?': 'Where-Object',
  where: 'Where-Object',
  select: 'Select-Object',
  sort: 'Sort-Object',
  gci: 'Get-ChildItem',
  ls: 'Get-ChildItem',
  dir: 'Get-ChildItem',
  gi: 'Get-Item',
  ni: 'New-Item',
  ri: 'Remove-Item',
  rm: 'Remove-Item',
  del: 'Remove-Item',
  erase: 'Remove-Item',
  rd: 'Remove-Item',
  cp: 'Copy-Item',
  copy: 'Copy-Item',
  mv: 'Move-Item',
  move: 'Move-Item',
  rni: 'Rename-Item',
  ren: 'Rename-Item',
  irm: 'Invoke-RestMethod',
  iwr: 'Invoke-WebRequest',
  ft: 'Format-Table',
  fl: 'Format-List',
  fw: 'Format-Wide',
  fc: 'Format-Custom',
  gm: 'Get-Member',
  gcm: 'Get-Command',
  cls: 'Clear-Host',
  clear: 'Clear-Host',
  cd: 'Set-Location',
  sl: 'Set-Location',
  chdir: 'Set-Location',
  pushd: 'Push-Location',
  popd: 'Pop-Location',
  rvpa: 'Resolve-Path',
  ii: 'Invoke-Item',
  oh: 'Out-Host',
  ogv: 'Out-GridView',
  pwd: 'Get-Location',
  gl: 'Get-Location',
  gc: 'Get-Content',
  cat: 'Get-Content',
  type: 'Get-Content',
  sc: 'Set-Content',
  ac: 'Add-Content',
  group: 'Group-Object',
  sleep: 'Start-Sleep',
  gmo: 'Get-Module',
  ipmo: 'Import-Module',
  rmo: 'Remove-Module',
  epcsv: 'Export-Csv',
  ipcsv: 'Import-Csv',
  measure: 'Measure-Object',
  gu: 'Get-Unique',
  sls: 'Select-String',
  echo: 'Write-Output',
  write: 'Write-Output',
  gv: 'Get-Variable',
  sv: 'Set-Variable',
  set: 'Set-Variable',
  nv: 'New-Variable',
  rv: 'Remove-Variable',
  clv: 'Clear-Variable',
  gal: 'Get-Alias',
  sal: 'Set-Alias',
  nal: 'New-Alias',
  iex: 'Invoke-Expression',
  icm: 'Invoke-Command',
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
  runspace.addCmdlet(outHostMetadata, outHost, core);
  runspace.addCmdlet(outDefaultMetadata, outHost, core);
  runspace.addCmdlet(outGridViewMetadata, outGridView, module);
  runspace.addCmdlet(measureObjectMetadata, measureObject, module);
  runspace.addCmdlet(selectObjectMetadata, selectObject, module);
  runspace.addCmdlet(getDateMetadata, getDate, module);
  runspace.addCmdlet(sortObjectMetadata, sortObject, module);
  runspace.addCmdlet(groupObjectMetadata, groupObject, module);
  runspace.addCmdlet(compareObjectMetadata, compareObject, module);
  runspace.addCmdlet(getUniqueMetadata, getUnique, module);
  runspace.addCmdlet(joinStringMetadata, joinString, module);
  runspace.addCmdlet(teeObjectMetadata, teeObject, module);
  runspace.addCmdlet(selectStringMetadata, selectString, module);
  runspace.addCmdlet(startSleepMetadata, startSleep, module);
  runspace.addCmdlet(newObjectMetadata, newObject, module);
  runspace.addCmdlet(readHostMetadata, readHost, module);
  runspace.addCmdlet(writeProgressMetadata, writeProgress, module);
  runspace.addCmdlet(newTimeSpanMetadata, newTimeSpan, module);
  runspace.addCmdlet(newGuidMetadata, newGuid, module);
  runspace.addCmdlet(convertToCsvMetadata, convertToCsv, module);
  runspace.addCmdlet(exportCsvMetadata, exportCsv, module);
  runspace.addCmdlet(convertFromCsvMetadata, convertFromCsv, module);
  runspace.addCmdlet(importCsvMetadata, importCsv, module);
  runspace.addCmdlet(convertToJsonMetadata, convertToJson, module);
  runspace.addCmdlet(convertFromJsonMetadata, convertFromJson, module);
  runspace.addCmdlet(invokeRestMethodMetadata, invokeRestMethod, module);
  runspace.addCmdlet(invokeWebRequestMetadata, invokeWebRequest, module);
  runspace.addCmdlet(getRandomMetadata, getRandom, module);
  runspace.addCmdlet(measureCommandMetadata, measureCommand, module);
  runspace.addCmdlet(getChildItemMetadata, getChildItem, management);
  runspace.addCmdlet(getItemMetadata, getItem, management);
  runspace.addCmdlet(newItemMetadata, newItem, management);
  runspace.addCmdlet(removeItemMetadata, removeItem, management);
  runspace.addCmdlet(copyItemMetadata, copyItem, management);
  runspace.addCmdlet(moveItemMetadata, moveItem, management);
  runspace.addCmdlet(renameItemMetadata, renameItem, management);
  runspace.addCmdlet(testPathMetadata, testPath, management);
  runspace.addCmdlet(joinPathMetadata, joinPath, management);
  runspace.addCmdlet(splitPathMetadata, splitPath, management);
  runspace.addCmdlet(getLocationMetadata, getLocation, management);
  runspace.addCmdlet(setLocationMetadata, setLocation, management);
  runspace.addCmdlet(pushLocationMetadata, pushLocation, management);
  runspace.addCmdlet(popLocationMetadata, popLocation, management);
  runspace.addCmdlet(resolvePathMetadata, resolvePath, management);
  runspace.addCmdlet(invokeItemMetadata, invokeItem, management);
  runspace.addCmdlet(getContentMetadata, getContent, management);
  runspace.addCmdlet(setContentMetadata, setContent, management);
  runspace.addCmdlet(addContentMetadata, addContent, management);
  runspace.addCmdlet(outFileMetadata, outFile, module);
  runspace.addCmdlet(formatTableMetadata, formatTable, module);
  runspace.addCmdlet(formatListMetadata, formatList, module);
  runspace.addCmdlet(formatWideMetadata, formatWide, module);
  runspace.addCmdlet(formatCustomMetadata, formatCustom, module);
  runspace.addCmdlet(outStringMetadata, outString, module);
  runspace.addCmdlet(addMemberMetadata, addMember, module);
  runspace.addCmdlet(getMemberMetadata, getMember, module);
  runspace.addCmdlet(getCommandMetadata, getCommand, core);
  runspace.addCmdlet({ ...clearHostMetadata, commandType: 'Cmdlet' }, clearHost, core);
  runspace.addCmdlet(getModuleMetadata, getModule, core);
  runspace.addCmdlet(importModuleMetadata, importModule, core);
  runspace.addCmdlet(removeModuleMetadata, removeModule, core);
  runspace.addCmdlet(exportModuleMemberMetadata, exportModuleMember, core);
  registerModuleSupport(runspace);
  runspace.addCmdlet(installModuleMetadata, installModule, 'PowerShellGet');
  runspace.formatViews.register(commandInfoTypeName, commandInfoView);
  // Get-ChildItem's views (the directory and file variants share them): the platform's first table is the default.
  registerFileSystemTypes(runspace.context.types);
  const [fileView, ...otherFileViews] = fileSystemViews(process.platform);
  for (const typeName of ['System.IO.FileInfo', 'System.IO.DirectoryInfo']) {
    runspace.formatViews.register(typeName, fileView!);
    for (const view of otherFileViews) runspace.formatViews.registerAlternate(typeName, view);
  }
  registerSecurity(runspace);
  runspace.addCmdlet(convertToHtmlMetadata, convertToHtml, module);
  registerTranscript(runspace);
  registerHelp(runspace);
  registerSession(runspace);
  registerFormatData(runspace);
  const aliases = runspace.context.sessionState.global.aliases;
  const unix = process.platform !== 'win32';
  for (const [alias, target] of Object.entries(defaultAliases))
    if (!(unix && windowsOnlyAliases.has(alias))) aliases.set(alias.toLowerCase(), target);
}
