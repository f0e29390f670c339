# ConvertTo-Html.Tests.ps1: an unknown -Meta name warns and is still written as a name/content pair.
$customObject = [pscustomobject]@{"Name" = "John Doe"}
[string]$observed = $customObject | ConvertTo-Html -Meta @{"authors"="John Doe"} 3>&1
$observed -match 'The meta pair: authors and John Doe may not function correctly'
$observed -match '<meta name="authors" content="John Doe">'
