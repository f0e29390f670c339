// Microsoft.PowerShell.Host's transcript cmdlets.
import type { Runspace } from '../../../runspace/runspace.js';
import {
  startTranscript,
  startTranscriptMetadata,
  stopTranscript,
  stopTranscriptMetadata,
} from './transcript-cmdlets.js';

export function registerTranscript(runspace: Runspace): void {
  runspace.addCmdlet(startTranscriptMetadata, startTranscript, 'Microsoft.PowerShell.Host');
  runspace.addCmdlet(stopTranscriptMetadata, stopTranscript, 'Microsoft.PowerShell.Host');
}
