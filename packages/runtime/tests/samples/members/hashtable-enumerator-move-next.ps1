# A hashtable's GetEnumerator() is an enumerator a script can drive itself, or send down the pipeline.
$h = [ordered]@{ a = 1; b = 2 }
$en = $h.GetEnumerator()
while ($en.MoveNext()) { '{0}={1}' -f $en.Current.Key, $en.Current.Value }
$h.GetEnumerator() | Where-Object Value -gt 1 | ForEach-Object Name
$list = [System.Collections.Generic.List[int]]::new(); $list.Add(5)
$le = $list.GetEnumerator(); $le.MoveNext(); $le.Current
