# Compare-Object.Tests.ps1: script block properties become output properties named by their text.
$a = [version]"1.2.3.4"
$b = [version]"5.6.7.8"
Compare-Object $a $b -IncludeEqual -Property { $_.Major }, { $_.Minor } |
    ForEach-Object { ($_.psobject.Properties | ForEach-Object { "[{0}]={1}" -f $_.Name, $_.Value }) -join ";" }
