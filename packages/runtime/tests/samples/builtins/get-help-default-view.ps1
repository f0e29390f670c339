# The default help view of a command with help (MamlCommandHelpInfo), as pwsh 7 prints it; [] shows trailing blanks.
<#
.SYNOPSIS
Gets the scheduled cron jobs.
.DESCRIPTION
Lists the current users cron jobs
.EXAMPLE
get-cron
#>
function get-cron { [CmdletBinding()] param() }
$lines = (Get-Help get-cron | Out-String) -split "\r?\n"
$lines[0..21] | ForEach-Object { "[$_]" }
