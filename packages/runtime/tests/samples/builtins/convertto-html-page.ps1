# ConvertTo-Html.Tests.ps1: no parameters, one string per line (an XHTML 1.0 Strict page).
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$returnObject = $customObject | ConvertTo-Html
$returnObject.GetType().FullName
$returnObject
