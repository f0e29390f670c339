# ConvertTo-Html.Tests.ps1: -Title, -Body, -CssUri, -PreContent, -PostContent.
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html -Title "Custom Object" -Body "Body Text" -CssUri "page.css" -As List
$customObject | ConvertTo-Html -PreContent "Before the object" -PostContent "After the object"
