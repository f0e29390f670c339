# Help built from a command's metadata lists a parameter's values instead of its type (DefaultCommandHelpObjectBuilder's
# parameterValueGroup): a ValidateSet's values, else an enum's names (an enum array's too) in value order; help from
# comments lists enums only, a ValidateSet parameter keeps its type.
function Set-Thing {
  [CmdletBinding()]
  param(
    [ActionPreference]$Pref,
    [ValidateSet('Low', 'High')][string]$Level,
    [ConsoleColor[]]$Colors,
    [int[]]$Count,
    [switch]$Force
  )
}
function Get-Thing {
  <#
  .SYNOPSIS
  Gets a thing.
  #>
  param([ValidateSet('Low', 'High')][string]$Level, [DayOfWeek]$Day)
}
(Get-Help Set-Thing | Out-String) -split "\r?\n" | Where-Object { $_ -like '    Set-Thing *' }
(Get-Help Get-Thing | Out-String) -split "\r?\n" | Where-Object { $_ -like '    Get-Thing *' }
