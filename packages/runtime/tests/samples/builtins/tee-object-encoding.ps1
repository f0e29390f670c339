# Tee-Object -Encoding: utf8BOM writes the BOM (Linux line ends); Select-String reads it back, BOM skipped.
"a" | Tee-Object -FilePath ./tee-object-encoding.tmp.txt -Encoding utf8BOM | Out-Null
[System.IO.File]::ReadAllBytes((Join-Path $PWD.Path "tee-object-encoding.tmp.txt")) -join ","
"b" | Tee-Object -FilePath ./tee-object-encoding.tmp.txt -Encoding unicode | Out-Null
[System.IO.File]::ReadAllBytes((Join-Path $PWD.Path "tee-object-encoding.tmp.txt")) -join ","
(Select-String b ./tee-object-encoding.tmp.txt).Line
Remove-Item ./tee-object-encoding.tmp.txt
