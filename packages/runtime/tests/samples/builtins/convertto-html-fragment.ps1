# ConvertTo-Html.Tests.ps1: -Fragment writes only the table.
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html -Fragment
