# A module that imports another keeps its commands to itself (it exports only Get-Outer); -Global puts them in the
# global scope.
Import-Module "$PSScriptRoot/fixtures/Outer"
Get-Outer
[bool](Get-Command Get-Tool -ErrorAction SilentlyContinue)
[bool](Get-Command Get-RootedPath -ErrorAction SilentlyContinue)
# The helper module lives in Outer's session state: Get-Module lists it only with -All.
$null -eq (Get-Module Tools)
(Get-Module Tools -All).Name
