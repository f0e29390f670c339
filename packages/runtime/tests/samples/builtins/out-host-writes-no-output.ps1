# Out-Host and Out-Default show their input on the host and write nothing to the pipeline; Out-GridView -PassThru
# passes its input on.
$r = 'x', 1 | Out-Host
$null -eq $r
$r = [pscustomobject]@{ A = 1 } | Out-Default
$null -eq $r
$r = 'y' | oh -Paging
$null -eq $r
(1, 2 | Out-GridView -PassThru) -join ','
