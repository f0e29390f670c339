# -Path expands wildcards; -List stops at the first match of each file; -Include/-Exclude filter the files.
Select-String "This" ./select-string.d*ta -List | ForEach-Object { $_.ToString($PWD.Path) }
(Select-String "This" ./select-string.data -Include *.data).Count
$null -eq (Select-String "This" ./select-string.data -Exclude *.data)
Select-String "zzz" ./select-string.data -Quiet
Select-String "This" ./select-string.data -Quiet
