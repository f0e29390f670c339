# Out-File and Tee-Object render objects as Out-Default does, through the type's view (CommandInfo's table here).
$file = Join-Path ([System.IO.Path]::GetTempPath()) "exosh-out-file-view-$PID.txt"
Get-Command dir | Out-File $file
(Get-Content $file -Raw) -match 'dir -> Get-ChildItem'
Get-Command dir | Tee-Object -FilePath $file | Out-Null
(Get-Content $file -Raw) -match 'dir -> Get-ChildItem'
Remove-Item $file
