# A hashtable shows as DictionaryEntry's "Dictionary" view: Name in 30 columns, then Value (a Dictionary[K,V]'s
# KeyValuePairs have no view: Key and Value sized to their content).
[ordered]@{ a = 1; bb = 'two' } | Out-String -Stream
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['k'] = 1
$d | Out-String -Stream
