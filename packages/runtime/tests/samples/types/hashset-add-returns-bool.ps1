$s = [System.Collections.Generic.HashSet[string]]::new()
$s.Add('a')
$s.Add('a')
$s.Count
