function fact($n) { if ($n -le 1) { 1 } else { $n * (fact ($n - 1)) } }
fact 5
