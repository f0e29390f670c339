# A Dictionary's entries are KeyValuePairs: the table's columns are Key and Value (a hashtable's are Name and Value).
function f { param($a, $b) $PSBoundParameters | Out-String -Stream }
f -a one -b two
