// PowerShell's approved verbs (Verbs.cs: VerbsCommon, VerbsCommunications, VerbsData, VerbsDiagnostic, VerbsLifecycle,
// VerbsOther, VerbsSecurity) and the approved verbs it suggests for common unapproved ones (Import-Module's name check).

const words = (text: string): string[] => text.trim().split(/\s+/);

/** The approved verbs by group, as Get-Verb lists them. */
export const approvedVerbGroups: Readonly<Record<string, readonly string[]>> = {
  Common: words(
    'Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo ' +
      'Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch ',
  ),
  Communications: words('Connect Disconnect Read Receive Send Write'),
  Data: words(
    'Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group ' +
      'Import Initialize Limit Merge Mount Out Publish Restore Save Sync Unpublish Update ',
  ),
  Diagnostic: words('Debug Measure Ping Repair Resolve Test Trace'),
  Lifecycle: words(
    'Approve Assert Build Complete Confirm Deny Deploy Disable Enable Install Invoke Register Request ' +
      'Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait ',
  ),
  Other: words('Use'),
  Security: words('Block Grant Protect Revoke Unblock Unprotect'),
};

// The lookup tables are made on first use (an Import-Module name check), not at start-up.
let approved: Set<string> | undefined;

/** Verbs.IsStandard (case-insensitive). */
export function isApprovedVerb(verb: string): boolean {
  approved ??= new Set(
    Object.values(approvedVerbGroups).flatMap((verbs) => verbs.map((v) => v.toLowerCase())),
  );
  return approved.has(verb.toLowerCase());
}

/** Verbs.SuggestedAlternates, as `unapproved:Approved,Approved` pairs. */
let alternates: Map<string, string[]> | undefined;
const makeAlternates = (): Map<string, string[]> =>
  new Map(
    words(
      'accept:Receive acquire:Get,Read allocate:New allow:Enable,Grant,Unblock amend:Edit ' +
        'analyze:Measure,Test append:Add assign:Set associate:Join,Merge attach:Add,Debug bc:Compare ' +
        'boot:Start break:Disconnect broadcast:Send burn:Backup calculate:Measure cancel:Stop cat:Get ' +
        'change:Convert,Edit,Rename clean:Uninstall clone:Copy combine:Join,Merge compact:Compress ' +
        'compile:Build concatenate:Add configure:Set create:New cut:Remove delete:Remove ' +
        'detach:Dismount,Remove determine:Measure,Resolve diagnose:Debug,Test diff:Checkpoint,Compare ' +
        'difference:Checkpoint,Compare dig:Trace dir:Get discard:Remove display:Show,Write dispose:Remove ' +
        'divide:Split dump:Get duplicate:Copy empty:Clear end:Stop erase:Clear,Remove examine:Get ' +
        'execute:Invoke explode:Expand extract:Export fix:Repair,Restore flush:Clear follow:Trace ' +
        'generate:New halt:Disable in:ConvertTo index:Update initiate:Start input:ConvertTo,Unregister ' +
        'insert:Add,Unregister inspect:Trace kill:Stop launch:Start load:Import locate:Search,Select ' +
        'logoff:Disconnect mail:Send make:New match:Select migrate:Move modify:Edit name:Move nullify:Clear ' +
        'obtain:Get output:ConvertFrom pause:Suspend,Wait peek:Receive permit:Enable purge:Clear,Remove ' +
        'pick:Select prevent:Block print:Write prompt:Read put:Send,Write puts:Write quota:Limit quote:Limit ' +
        'rebuild:Initialize recycle:Restart refresh:Update reinitialize:Initialize ' +
        'release:Clear,Install,Publish,Unlock reload:Update renew:Initialize,Update replicate:Copy ' +
        'resample:Convert restrict:Lock return:Repair,Restore revert:Unpublish revise:Edit run:Invoke,Start ' +
        'salvage:Test secure:Lock separate:Split setup:Initialize,Install sleep:Suspend,Wait ' +
        'starttransaction:Checkpoint telnet:Connect terminate:Stop track:Trace transfer:Move type:Get ' +
        'unite:Join,Merge unlink:Dismount unmark:Clear unrestrict:Unlock unsecure:Unlock unset:Clear ' +
        'verify:Test ',
    ).map((pair): [string, string[]] => {
      const [verb = '', suggested = ''] = pair.split(':');
      return [verb, suggested.split(',')];
    }),
  );

export function suggestedVerbs(verb: string): readonly string[] | undefined {
  alternates ??= makeAlternates();
  return alternates.get(verb.toLowerCase());
}
