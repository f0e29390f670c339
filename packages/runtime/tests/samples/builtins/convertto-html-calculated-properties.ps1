# ConvertTo-Html.Tests.ps1: calculated properties (label/name, script blocks, int and string width, alignment).
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html @{ l = 'NewAge'; e = { $_.Age + 1 } } -Fragment
$customObject | ConvertTo-Html { $_.Age + 1 } -Fragment
$customObject | ConvertTo-Html @{ name = 'AgeRenamed'; e = 'Age'; width = 10 }, @{ e = 'Name'; width = '20'; alignment = 'right' } -Fragment
# A name the object lacks makes no column; wildcards expand to the first object's properties.
$customObject | ConvertTo-Html Missing, N* -Fragment
