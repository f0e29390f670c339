$a = . { trap { "outer trap"; continue }; . { trap { "inner trap"; break }; "hello"; throw "exception"; "world" } }
$a -join ","
