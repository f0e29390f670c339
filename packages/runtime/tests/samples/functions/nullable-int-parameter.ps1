function f([Nullable[int]]$n) { if ($null -eq $n) { 'none' } else { $n + 1 } }
f
f '41'
