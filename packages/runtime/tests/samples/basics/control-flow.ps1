foreach ($i in 1..3) { if ($i -eq 2) { continue }; $i }
$i = 0; while ($true) { $i++; if ($i -ge 3) { break } }; $i
switch (3) { 1 { "one" } 3 { "three" } default { "other" } }
:outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; "$a$b" } }
