$c = [System.Collections.ObjectModel.Collection[string]]::new()
$c.Add(1)
$c.Add('b')
$c.Count
$c[0].GetType().Name
$c -is [System.Collections.ObjectModel.Collection[string]]
