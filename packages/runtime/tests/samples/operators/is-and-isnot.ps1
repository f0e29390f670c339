5 -is [int]
"5" -is [string]
5 -isnot [string]
5 -is [object]
