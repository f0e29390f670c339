$x = $null
if (-not $x) { 'empty' }
if (!$x) { 'still empty' }
if ($null -eq $x) { 'null' }
