// PowerShellCore.format.ps1xml's ErrorInstance view: an ErrorRecord in the output shows as its text, out of band.
import type { FormatView } from '../../format/index.js';
import { toStringForDisplay } from '../../conversion/index.js';

export const errorRecordTypeName = 'System.Management.Automation.ErrorRecord';

export const errorRecordView: FormatView = {
  kind: 'custom',
  name: 'ErrorInstance',
  outOfBand: true,
  lines: (obj) => [toStringForDisplay(obj)],
};
