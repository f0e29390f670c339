# $PSCmdlet is a PSScriptCmdlet: it resolves paths as the Cmdlet base class does (GetUnresolvedProviderPathFromPSPath)
# and shares $ExecutionContext's SessionState.
function Get-X {
  [CmdletBinding()] param($Path)
  $PSCmdlet.GetType().FullName
  $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path) -eq "$PWD/sub/file.txt"
  $PSCmdlet.SessionState.Path.CurrentLocation.Path -eq $PWD.Path
}
Get-X -Path sub/file.txt
