# Get-Item and Get-ChildItem give System.IO.FileInfo / DirectoryInfo objects: GetType(), -is, PSTypeNames as pwsh's,
# and the types convert a path (FileInfo(string) / DirectoryInfo(string)).
$file = Get-Item ./file-item-dotnet-type.ps1
$dir = Get-Item .
$file -is [System.IO.FileInfo]
$dir -is [System.IO.DirectoryInfo]
$file -is [System.IO.FileSystemInfo]
$dir -is [System.IO.FileInfo]
$file.GetType().FullName
$dir.GetType().FullName
$file.GetType().BaseType.FullName
$file.PSTypeNames
$dir.PSTypeNames -join ', '
(Get-ChildItem -Filter file-item-dotnet-type.ps1).GetType().Name
$cast = [System.IO.FileInfo]$file.FullName
$cast.GetType().Name
$cast.Length -eq $file.Length
$missing = [System.IO.DirectoryInfo](Join-Path $dir.FullName 'no-such-folder')
$missing.Exists
$missing.Name
# [System.IO.Directory]::CreateDirectory returns a DirectoryInfo too.
$made = [System.IO.Directory]::CreateDirectory((Join-Path ([System.IO.Path]::GetTempPath()) "exosh-dotnet-type-$PID"))
$made.GetType().FullName
Remove-Item $made.FullName
