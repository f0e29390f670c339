# Tee-Object.Tests.ps1: -FilePath (alias -Path) writes what Out-File would; -Append adds to it.
$results = "1", "2", "3" | Tee-Object -FilePath ./tee-object.tmp.txt
$results.Length
Get-Content ./tee-object.tmp.txt
"4" | Tee-Object -Path ./tee-object.tmp.txt -Append | Out-Null
(Get-Content ./tee-object.tmp.txt) -join ","
"5" | Tee-Object ./tee-object.tmp.txt | Out-Null
(Get-Content ./tee-object.tmp.txt) -join ","
Remove-Item ./tee-object.tmp.txt
