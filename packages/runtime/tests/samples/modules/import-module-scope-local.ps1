# Import-Module -Scope Local imports into the caller's scope: the function that imported sees the commands, the
# script after it returns does not. -Global with -Scope is an error.
function Test-LocalImport {
    Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1" -Scope Local
    Get-Tool
}
Test-LocalImport
[bool](Get-Command Get-Tool -ErrorAction SilentlyContinue)
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1" -Global -Scope Local
