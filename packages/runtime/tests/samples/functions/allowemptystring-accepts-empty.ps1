function f { param([Parameter(Mandatory)][AllowEmptyString()][string]$Name) "[$Name]" }
f -Name ''
