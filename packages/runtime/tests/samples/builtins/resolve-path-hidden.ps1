# A wildcard skips hidden (dot) files unless -Force; a hidden file named exactly resolves either way. -Relative
# adds no ./ to a name starting with a dot (pwsh tests `StartsWith(".")`).
Set-Location $PSScriptRoot
@(Resolve-Path .resolve-path-hid*).Count
@(Resolve-Path .resolve-path-hid* -Force).Count
Resolve-Path .resolve-path-hidden.data -Relative
