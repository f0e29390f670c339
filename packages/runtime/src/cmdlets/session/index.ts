// The session cmdlets: variables, aliases, Invoke-Expression/-Command, Set-StrictMode, Get-Host, Get-Culture.
import type { Runspace } from '../../runspace/runspace.js';
import {
  getAlias,
  getAliasMetadata,
  newAlias,
  newAliasMetadata,
  removeAlias,
  removeAliasMetadata,
  setAlias,
  setAliasMetadata,
} from './alias-cmdlets.js';
import { cultureInfoView } from './culture-info.js';
import { getCulture, getCultureMetadata, getHost, getHostMetadata } from './host-culture.js';
import { invokeCommand, invokeCommandMetadata } from './invoke-command.js';
import { invokeExpression, invokeExpressionMetadata } from './invoke-expression.js';
import { setStrictMode, setStrictModeMetadata } from './set-strict-mode.js';
import { clearVariable, getVariable, newVariable, removeVariable, setVariable } from './variable-cmdlets.js';
import {
  clearVariableMetadata,
  getVariableMetadata,
  newVariableMetadata,
  removeVariableMetadata,
  setVariableMetadata,
} from './variable-metadata.js';
import { psVariableTableView, psVariableTypeName } from './variable-view.js';

const utility = 'Microsoft.PowerShell.Utility';
const core = 'Microsoft.PowerShell.Core';

export function registerSession(runspace: Runspace): void {
  runspace.addCmdlet(getVariableMetadata, getVariable, utility);
  runspace.addCmdlet(newVariableMetadata, newVariable, utility);
  runspace.addCmdlet(setVariableMetadata, setVariable, utility);
  runspace.addCmdlet(removeVariableMetadata, removeVariable, utility);
  runspace.addCmdlet(clearVariableMetadata, clearVariable, utility);
  runspace.addCmdlet(getAliasMetadata, getAlias, utility);
  runspace.addCmdlet(setAliasMetadata, setAlias, utility);
  runspace.addCmdlet(newAliasMetadata, newAlias, utility);
  runspace.addCmdlet(removeAliasMetadata, removeAlias, utility);
  runspace.addCmdlet(invokeExpressionMetadata, invokeExpression, utility);
  runspace.addCmdlet(invokeCommandMetadata, invokeCommand, core);
  runspace.addCmdlet(setStrictModeMetadata, setStrictMode, core);
  runspace.addCmdlet(getHostMetadata, getHost, utility);
  runspace.addCmdlet(getCultureMetadata, getCulture, utility);
  runspace.formatViews.register(psVariableTypeName, psVariableTableView);
  runspace.formatViews.register('System.Globalization.CultureInfo', cultureInfoView);
}
