$a = . { trap { "trapped"; continue }; . { "hello"; throw "exception"; "world" } }
$a -join ","
