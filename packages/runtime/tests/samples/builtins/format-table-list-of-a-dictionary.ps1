# Format-Table and Format-List show a dictionary by its entries: a hashtable's in DictionaryEntry's views (Name 30
# wide), a Dictionary[K,V]'s as KeyValuePairs (Key and Value, no Name); GetEnumerator() yields the same entries.
@{ a = 'x' } | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
@{ a = 'x' } | Format-List | Out-String -Stream | ForEach-Object { "[$_]" }
@{ a = 1 }.GetEnumerator() | ForEach-Object { $_.GetType().FullName }
$d = [System.Collections.Generic.Dictionary[string,string]]::new()
$d['k'] = 'v'
$d | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
$null -eq ($d.GetEnumerator() | ForEach-Object { $_.Name })
