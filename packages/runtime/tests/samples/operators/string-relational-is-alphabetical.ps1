"apple" -lt "banana"
"b" -gt "A"
