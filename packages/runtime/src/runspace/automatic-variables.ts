// The automatic and preference variables a new runspace starts with, as pwsh 7.4 defines them.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { PSList } from '../values/ps-list.js';
import { pathInfo } from '../engine/path-info.js';
import { PSVersion } from '../values/ps-version.js';
import { PSSemanticVersion } from '../values/ps-semantic-version.js';
import { PSGuid } from '../values/ps-guid.js';
import type { SessionState } from '../engine/session-state/session-state.js';
import { PSVariable, ScopedItemOptions } from '../engine/session-state/ps-variable.js';
import { cultureInfo } from '../cmdlets/session/culture-info.js';
import { createPSStyle } from '../format/ps-style.js';

export const psVersion = '7.4.6';
export const exoshVersion = '0.1.0';

function versionTable(): PSHashtable {
  return PSHashtable.from(
    [
      ['PSVersion', PSSemanticVersion.tryParse(psVersion) as PSSemanticVersion],
      ['PSEdition', 'Core'],
      ['GitCommitId', psVersion],
      ['OS', `${os.type()} ${os.release()}`],
      ['Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix'],
      [
        'PSCompatibleVersions',
        ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0'].map(
          (v) => PSVersion.tryParse(v) as PSVersion,
        ),
      ],
      ['PSRemotingProtocolVersion', PSVersion.tryParse('2.3') as PSVersion],
      ['SerializationVersion', PSVersion.tryParse('1.1.0.1') as PSVersion],
      ['WSManStackVersion', PSVersion.tryParse('3.0') as PSVersion],
    ],
    { ordered: true },
  );
}

/**
 * exosh's $PSHOME when the host names none: the @exosh/runtime package folder (pwsh's is the folder of its engine
 * assembly). The shell passes its own install folder, the one holding bin/exosh.js.
 */
function defaultPSHome(): string {
  return path.resolve(fileURLToPath(import.meta.url), '../../..');
}

export function defineAutomaticVariables(
  ss: SessionState,
  workingDirectory: string,
  psHome: string = defaultPSHome(),
  hostUI?: () => PSObject,
): void {
  const constant = (name: string, value: unknown) =>
    ss.define(new PSVariable(name, value, ScopedItemOptions.Constant | ScopedItemOptions.AllScope));
  const plain = (name: string, value: unknown) => ss.define(new PSVariable(name, value));
  // The evaluator reads $true/$false/$null itself; these entries are what Get-Variable lists for them.
  constant('true', true);
  constant('false', false);
  constant('null', null);
  constant('PSVersionTable', versionTable());
  constant('PSEdition', 'Core');
  constant('IsLinux', process.platform === 'linux');
  constant('IsMacOS', process.platform === 'darwin');
  constant('IsWindows', process.platform === 'win32');
  constant('IsCoreCLR', true);
  constant('PID', process.pid);
  constant('HOME', os.homedir());
  constant('ShellId', 'Microsoft.PowerShell');
  constant('PSHOME', psHome);
  plain('PSCulture', 'en-US');
  plain('PSUICulture', 'en-US');
  plain('PWD', pathInfo(workingDirectory));
  plain('Error', new PSList('ArrayList'));
  plain('MaximumErrorCount', 256);
  plain('MaximumHistoryCount', 4096);
  plain('NestedPromptLevel', 0);
  plain('ErrorActionPreference', 'Continue');
  plain('WarningPreference', 'Continue');
  plain('VerbosePreference', 'SilentlyContinue');
  plain('DebugPreference', 'SilentlyContinue');
  plain('InformationPreference', 'SilentlyContinue');
  plain('ProgressPreference', 'Continue');
  plain('ConfirmPreference', 'High');
  plain('WhatIfPreference', false);
  plain('ErrorView', 'ConciseView');
  plain('PSStyle', createPSStyle());
  plain('FormatEnumerationLimit', 4);
  plain('PSDefaultParameterValues', new PSHashtable());
  plain('PSModuleAutoLoadingPreference', 'All');
  // Defined by pwsh too, so Set-StrictMode scripts that read them do not fail here.
  plain('PSEmailServer', null);
  plain('PSSessionApplicationName', 'wsman');
  plain('PSSessionConfigurationName', 'http://schemas.microsoft.com/powershell/Microsoft.PowerShell');
  plain('PSNativeCommandArgumentPassing', process.platform === 'win32' ? 'Windows' : 'Standard');
  plain('PSNativeCommandUseErrorActionPreference', false);
  plain('StackTrace', '');
  plain('Host', hostObject(hostUI));
}

/**
 * `$Host`. Its InstanceId (a Guid) is made when first read: random numbers come from Web Crypto, whose loading
 * (crypto and stream internals) start-up should not pay for.
 */
function hostObject(hostUI: (() => PSObject) | undefined): PSObject {
  const host = new PSObject({
    typeNames: [
      'System.Management.Automation.Internal.Host.InternalHost',
      'System.Management.Automation.Host.PSHost',
      'System.Object',
    ],
    properties: [
      ['Name', 'exosh'],
      ['Version', PSVersion.tryParse(exoshVersion) as PSVersion],
    ],
  });
  let instanceId: PSGuid | undefined;
  host.addMember({
    memberType: 'CodeProperty',
    name: 'InstanceId',
    get: () => (instanceId ??= PSGuid.newGuid()),
  });
  if (hostUI) {
    // $Host.UI (and its RawUI), made when a script first asks for it.
    let ui: PSObject | undefined;
    host.addMember({ memberType: 'CodeProperty', name: 'UI', get: () => (ui ??= hostUI()) });
  }
  host.setNote('CurrentCulture', cultureInfo('en-US'));
  host.setNote('CurrentUICulture', cultureInfo('en-US'));
  return host;
}
