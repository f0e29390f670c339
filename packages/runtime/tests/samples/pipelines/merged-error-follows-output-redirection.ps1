# A stream merged into output goes where output goes: `2>&1 > $null` and `> $null 2>&1` both discard the error.
function g { Write-Error $args[0] }
g 'a' 2>&1 > $null
Write-Error 'b' > $null 2>&1
(Write-Error 'c') 2>&1 > $null
$r = Write-Error 'd' 2>&1
$r.GetType().Name
'end'
