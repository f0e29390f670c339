# A module that imports another keeps its commands to itself (it exports only Get-Outer); -Global puts them in the
# global scope.
Import-Module "$PSScriptRoot/fixtures/Outer"
Get-Outer
[bool](Get-Command Get-Tool -ErrorAction SilentlyContinue)
[bool](Get-Command Get-RootedPath -ErrorAction SilentlyContinue)
