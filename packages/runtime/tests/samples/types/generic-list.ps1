$l = [System.Collections.Generic.List[string]]::new()
$l.Add('a')
$l.Add('b')
$l.Count
$l -join ','
