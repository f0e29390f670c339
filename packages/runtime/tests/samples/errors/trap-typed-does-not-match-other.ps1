$a = . { trap { "outer trap"; continue }; . { trap [System.ArgumentException] { "inner trap"; continue }; "hello"; throw "exception"; "world" } }
$a -join ","
