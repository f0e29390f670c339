# Each advanced function's -ErrorVariable holds its own errors, not those of the commands after it in the
# pipeline; $PSCmdlet.WriteError adds to `-ErrorVariable +a` once (pwsh's OutErrorVariable tests).
function get-foo5 {
  [CmdletBinding()]
  param([Parameter(ValueFromPipeline = $true)][string] $foo)
  process { Write-Output $foo; Write-Error $foo }
}
(get-foo5 'm' -ErrorVariable err1 -OutVariable out1 | get-foo5 -ErrorVariable err2 | get-foo5 -ErrorVariable err3) 2>&1 > $null
$err1.Count
$err2.Count
$err3.Count
$out1
function get-foo2 { [CmdletBinding()] param() $PSCmdlet.WriteError($script:rec[0]) }
Write-Error 'foo' -ErrorVariable script:rec 2> $null
$a = 'a', 'b'
get-foo2 -ErrorVariable +a 2> $null
$a.Count
