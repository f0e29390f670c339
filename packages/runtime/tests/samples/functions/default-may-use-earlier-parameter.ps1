function f { param($a, $b = $a * 2) $b }
f 4
