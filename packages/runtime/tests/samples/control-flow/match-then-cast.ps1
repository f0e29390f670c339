$x = '42'
if ($x -match '^\d+$') { [int]$x + 1 }
