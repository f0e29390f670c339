$l = [System.Collections.Generic.List[string]]::new()
$l.Add('a'); $l.Add('b'); $l.Add('c')
$l.Contains('b')
[void]$l.Remove('b')
$l.Insert(0, 'z')
$l -join ','
$l.ToArray().GetType().Name
