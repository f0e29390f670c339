function f { Write-Output -NoEnumerate @(1, 2) }
f
