function f { foreach ($i in 1..5) { if ($i -eq 3) { return 'found' }; $i } }
f
