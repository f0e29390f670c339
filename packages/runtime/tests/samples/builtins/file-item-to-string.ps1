# A FileInfo or DirectoryInfo converts to its path (its ToString()), so "$file" and string parameters get the path.
$file = Get-Item ./file-item-to-string.ps1
"$file" -eq $file.FullName
$file.ToString() -eq $file.FullName
[string](Get-Item .) -eq (Get-Location).Path
Split-Path $file -Leaf
