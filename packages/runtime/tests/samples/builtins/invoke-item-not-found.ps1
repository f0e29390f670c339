# Invoke-Item on a path that names nothing is PathNotFound (-LiteralPath takes [ ] as is); a wildcard that
# matches nothing opens nothing, without an error.
Set-Location $PSScriptRoot
Invoke-Item no-such-file.txt
ii nothing-matches-*.zz
Invoke-Item -LiteralPath 'push-pop-locatio[n].ps1'
try { Invoke-Item no-such-file.txt -ErrorAction Stop } catch {
  $_.Exception.Message -eq "Cannot find path '$PSScriptRoot/no-such-file.txt' because it does not exist."
}
