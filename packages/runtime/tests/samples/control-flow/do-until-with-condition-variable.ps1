$done = $false
$n = 0
do {
    $n++
    if ($n -ge 2) { $done = $true }
} until ($done)
$n
