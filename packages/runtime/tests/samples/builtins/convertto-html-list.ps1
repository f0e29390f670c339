# ConvertTo-Html.Tests.ps1: -As List, -Property; a rule between objects in a list.
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html -As List
$customObject | ConvertTo-Html -Property Name, Friends -As List
$customObject, $customObject | ConvertTo-Html -Property Age -As List -Fragment
