# ConvertTo-Html.Tests.ps1: -Meta (a known name), -Charset as given, -Transitional's DOCTYPE, -Head replaces the title.
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html -Meta @{"author"="John Doe"} -Charset "utf-8"
($customObject | ConvertTo-Html -Transitional)[0]
($customObject | ConvertTo-Html -Head "<style>td { color: red }</style>")[3..4]
