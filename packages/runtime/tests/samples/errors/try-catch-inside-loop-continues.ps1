foreach ($i in 1..3) { try { if ($i -eq 2) { throw "bad $i" }; "ok $i" } catch { "caught $_" } }
