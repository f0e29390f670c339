$hashtable = @{ "Hello" = "There" }
$hashtable["Hello"]
$null -eq $hashtable["Hello There"]
