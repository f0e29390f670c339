foreach ($i in 1..3) { try { if ($i -eq 2) { break }; $i } finally { "fin $i" } }
