$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d['a'] = 1
$d.ContainsKey('a')
$d['a'] + 1
