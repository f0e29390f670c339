function inner($a, $b) { "$a/$b" }
function outer($a, $b) { inner @PSBoundParameters }
outer -b 2 -a 1
