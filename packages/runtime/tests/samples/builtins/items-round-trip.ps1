$d = Join-Path $PWD 'items.tmp.dir'
New-Item -ItemType Directory -Path $d | Out-Null
'x' | Set-Content (Join-Path $d 'a.txt')
New-Item -Path $d -Name 'b.log' -Value 'y' | ForEach-Object Name
(Get-ChildItem $d | ForEach-Object Name) -join ','
(Get-ChildItem $d -Filter *.txt).Count
Rename-Item (Join-Path $d 'b.log') 'c.log'
Get-ChildItem $d -Name
Remove-Item $d
Remove-Item $d -Recurse
Test-Path $d
