# Records an advanced function writes or throws through $PSCmdlet name it, as ErrorRecord.SetInvocationInfo does:
# the id's suffix, the CategoryInfo activity and InvocationInfo.
function Get-Widget {
  [CmdletBinding()] param()
  $r = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('no widget'), 'WidgetMissing', 'ObjectNotFound', 'w1')
  $PSCmdlet.WriteError($r)
}
Get-Widget -ErrorVariable ev -ErrorAction SilentlyContinue
$ev[0].FullyQualifiedErrorId
$ev[0].CategoryInfo.Activity
$ev[0].CategoryInfo.ToString()
function Stop-Widget {
  [CmdletBinding()] param()
  $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new('stopped'), 'WidgetStopped', 'InvalidOperation', $null))
}
try { Stop-Widget } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Activity }
