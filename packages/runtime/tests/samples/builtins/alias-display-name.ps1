# Get-Alias.Tests.ps1: DisplayName is `<alias> -> <resolved command>`, following aliases of aliases; -Definition.
Set-Alias -Name Test-MyAlias -Value Get-Command -Force
Set-Alias -Name tma -Value Test-MyAlias -Force
Get-Alias Test-MyAlias, tma | ForEach-Object { $_.DisplayName }
Get-Alias -Definition Get-Command | ForEach-Object { "$($_.Name) $($_.CommandType) $($_.Definition)" }
(Get-Alias iex, icm, gv, sv, set, nv, rv, clv, gal, sal, nal | ForEach-Object Definition) -join ','
