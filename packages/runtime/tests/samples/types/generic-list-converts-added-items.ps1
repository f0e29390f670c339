$l = [System.Collections.Generic.List[int]]::new()
$l.Add('5')
$l[0] + 1
