$n = 0
:top while ($true) { for ($i = 0; $i -lt 10; $i++) { $n++; if ($i -eq 2) { break top } } }
$n
