# Select-String.Tests.ps1: file matches render as path:line:text (ToString(dir) makes the path relative).
$m = Select-String ./select-string.data -Pattern "string"
"$m" -eq ((Join-Path $PWD.Path "select-string.data") + ":1:This is a text string, and another string")
$m.ToString($PWD.Path)
$m.Filename
(Select-String "in" ./select-string.data).Line
(Select-String is ./select-string.data -CaseSensitive).Count
$null -eq (Select-String for ./select-string.data)
