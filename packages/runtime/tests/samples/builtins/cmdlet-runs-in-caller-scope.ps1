# A cmdlet runs in the scope it was called from, even while an upstream function's output reaches it: ForEach-Object's
# block and Set-Variable write the caller's variables, not the function's.
function gen { $inGen = 'private to gen'; 1; 2 }
gen | ForEach-Object { $last = $_ }
$last
gen | Set-Variable -Name got
$got -join ','
gen | ForEach-Object { Set-Variable -Name viaScope0 -Value $_ -Scope 0 }
$viaScope0
$null -eq $inGen
