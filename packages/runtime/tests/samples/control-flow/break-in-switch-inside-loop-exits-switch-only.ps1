foreach ($i in 1..3) { switch ($i) { 2 { break } }; $i }
