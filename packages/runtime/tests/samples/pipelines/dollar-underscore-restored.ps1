# $_ is the current object while a ForEach-Object/Where-Object block runs in the caller's scope, then it is gone;
# an inner pipeline's $_ does not leak into the outer block.
1, 2 | ForEach-Object { $x = $_; $x }
$null -eq $_
1 | ForEach-Object { 'x' | ForEach-Object { $_ }; $_ }
1..2 | ForEach-Object { $PSItem * 10 }
1..4 | Where-Object { $_ -gt 2 } | ForEach-Object { "$_$PSItem" }
$null -eq $PSItem
function Get-Under { process { $_ } }
5 | ForEach-Object { 6 | Get-Under; $_ }
