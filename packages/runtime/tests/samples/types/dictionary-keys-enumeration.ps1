$d = [System.Collections.Generic.Dictionary[string, object]]::new()
$d['x'] = 1
$d['y'] = 'two'
$d.Keys -join ','
$d.Count
