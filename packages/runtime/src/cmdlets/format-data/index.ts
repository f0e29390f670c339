// pwsh's default format data as exosh registers it: views by type name, and the runspace's property access.
import type { Runspace } from '../../runspace/runspace.js';
import { formatPropertyReader } from '../../engine/semantics/index.js';
import { dotNetTypeViews } from './dotnet-types.js';
import { powerShellCoreViews } from './powershell-core.js';
import { matchInfoTypeName, matchInfoView } from './match-info-view.js';
import { errorRecordTypeName, errorRecordView } from './error-record-view.js';

export function registerFormatData(runspace: Runspace): void {
  runspace.formatViews.properties = formatPropertyReader(runspace.context);
  for (const [typeName, view] of [...dotNetTypeViews, ...powerShellCoreViews])
    runspace.formatViews.register(typeName, view);
  runspace.formatViews.register(matchInfoTypeName, matchInfoView(runspace.context));
  runspace.formatViews.register(errorRecordTypeName, errorRecordView);
}
