$arraylist = [System.Collections.ArrayList]::new()
[void]$arraylist.Add(1) | ForEach-Object { "YES" }
$arraylist.Count
