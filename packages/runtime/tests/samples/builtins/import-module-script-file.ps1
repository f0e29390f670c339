# Import-Module of a .psm1 file: its exported functions become commands of the module, running under the module's
# scope ($script: state survives between calls and stays hidden from the caller); Export-ModuleMember limits the
# exports; Remove-Module takes them away again.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "exosh-module-$PID"
$null = New-Item -ItemType Directory -Path $dir -Force
$file = Join-Path $dir 'Counter.psm1'
Set-Content -Path $file -Value @'
$script:count = 0
function Step-Counter { $script:count++; "count $script:count" }
function Get-Secret { 'hidden' }
Export-ModuleMember -Function Step-Counter
'@
Import-Module $file
Step-Counter
Step-Counter
"outside: [$count]"
(Get-Module Counter).Name
(Get-Command Step-Counter).Source
[bool](Get-Command Get-Secret -ErrorAction SilentlyContinue)
Remove-Module Counter
[bool](Get-Command Step-Counter -ErrorAction SilentlyContinue)
Remove-Item -Recurse -Force $dir
