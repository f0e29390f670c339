# A path that names nothing is PathNotFound (-LiteralPath takes [ ] as is); a wildcard that matches nothing
# resolves to nothing, without an error.
Set-Location $PSScriptRoot
Resolve-Path no-such-file.txt
Resolve-Path nothing-matches-*.zz
Resolve-Path -LiteralPath 'push-pop-locatio[n].ps1'
try { Resolve-Path no-such-file.txt -ErrorAction Stop } catch {
  $_.Exception.Message -eq "Cannot find path '$PSScriptRoot/no-such-file.txt' because it does not exist."
}
