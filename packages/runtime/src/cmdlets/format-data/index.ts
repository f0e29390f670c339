// pwsh's default format data as exosh registers it: views by type name, and the runspace's property access.
import type { Runspace } from '../../runspace/runspace.js';
import { formatPropertyReader } from '../../engine/semantics/index.js';
import { dotNetTypeViews } from './dotnet-types.js';
import { powerShellCoreViews } from './powershell-core.js';
import { matchInfoTypeName, matchInfoView } from './match-info-view.js';
import { errorRecordTypeName, errorRecordView } from './error-record-view.js';

export function registerFormatData(runspace: Runspace): void {
  const views = runspace.formatViews;
  views.properties = formatPropertyReader(runspace.context);
  // A type's first view is its default; the later ones are the views of other kinds Format-* pick.
  const seen = new Set<string>();
  for (const [typeName, view] of [...dotNetTypeViews(views.properties), ...powerShellCoreViews]) {
    if (seen.has(typeName)) views.registerAlternate(typeName, view);
    else views.register(typeName, view);
    seen.add(typeName);
  }
  runspace.formatViews.register(matchInfoTypeName, matchInfoView(runspace.context));
  runspace.formatViews.register(errorRecordTypeName, errorRecordView);
}
