$s = 'abc'
"$s.ToUpper()"
"$($s.ToUpper())"
