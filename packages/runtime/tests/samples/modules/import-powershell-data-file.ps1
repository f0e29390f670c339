# Import-PowerShellDataFile reads a .psd1's hashtable without running code: constants, arrays, nested hashtables and
# $true/$false/$null only; a command is a dynamic expression (InvalidOperationException), a file without a hashtable
# is CouldNotParseAsPowerShellDataFileNoHashtableRoot.
$h = Import-PowerShellDataFile "$PSScriptRoot/fixtures/settings.psd1"
$h.Name
$h.Count
$h.Items -join ','
$h.Nested.Enabled
$h.Negative
$h.GetType().FullName
Import-PowerShellDataFile "$PSScriptRoot/fixtures/dynamic.psd1"
Import-PowerShellDataFile "$PSScriptRoot/fixtures/not-a-table.psd1"
# More than 500 keys in a hashtable: refused unless -SkipLimitCheck (pwsh's own test).
$large = Join-Path ([System.IO.Path]::GetTempPath()) "exosh-large-$PID.psd1"
Set-Content -Path $large -Value ('@{' + ((1..501 | ForEach-Object { "key$_ = $_" }) -join '; ') + '}')
Import-PowerShellDataFile $large
(Import-PowerShellDataFile $large -SkipLimitCheck).Keys.Count
Remove-Item $large
Import-PowerShellDataFile "$PSScriptRoot/fixtures/no-such-file.psd1"
