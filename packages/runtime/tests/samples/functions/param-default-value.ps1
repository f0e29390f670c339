function f { param($a = 5) $a }
f
f 7
