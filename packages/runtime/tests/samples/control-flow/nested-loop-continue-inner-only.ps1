foreach ($a in 1..2) { foreach ($b in 1..3) { if ($b -eq 2) { continue }; "$a$b" } }
