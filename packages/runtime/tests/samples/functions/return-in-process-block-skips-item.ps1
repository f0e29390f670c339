function f { process { if ($_ -eq 2) { return }; $_ } }
1, 2, 3 | f
