$arraylist = [System.Collections.ArrayList]::new()
$arraylist.Add(1) > $null
$arraylist.Clear() | ForEach-Object { "YES" }
$arraylist.Count
