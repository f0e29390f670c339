$s = 'hello world'
$s.Substring(0, 1).ToUpper() + $s.Substring(1)
