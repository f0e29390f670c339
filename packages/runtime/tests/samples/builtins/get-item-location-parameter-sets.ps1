# Get-Item's Path (default) and LiteralPath sets and Get-Location's Location (default) and Stack sets, as pwsh
# declares them; Get-Item's provider filters; -Credential is not supported by the FileSystem provider.
(Get-Command Get-Item -Syntax) -split "`n" | Where-Object { $_ }
(Get-Command Get-Location -Syntax) -split "`n" | Where-Object { $_ }
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "exosh-get-item-sets-$PID"
$null = New-Item -ItemType Directory $dir
foreach ($name in 'a.txt', 'b.log', 'x[1].txt') { [System.IO.File]::WriteAllText((Join-Path $dir $name), '') }
(Get-Item (Join-Path $dir '*') -Exclude *.txt).Name
(Get-Item (Join-Path $dir '*') -Filter *.log).Name
(Get-Item (Join-Path $dir '*.txt') -Include a*).Name
(Get-Item -LiteralPath (Join-Path $dir 'x[1].txt')).Name
(Get-Item (Join-Path $dir 'a.txt') -Include *.log) -eq $null
$cred = [pscredential]::new('user', (ConvertTo-SecureString 'p' -AsPlainText -Force))
Get-Item (Join-Path $dir 'a.txt') -Credential $cred
Remove-Item $dir -Recurse
(Get-Location -PSProvider FileSystem).Path -eq (Get-Location).Path
(Get-Location -PSDrive (Get-Location).Drive.Name).Path -eq (Get-Location).Path
Get-Location -PSProvider NoSuchProvider
Get-Location -PSDrive NoSuchDrive
