[string[]]$s = 'one'
$s.Count
