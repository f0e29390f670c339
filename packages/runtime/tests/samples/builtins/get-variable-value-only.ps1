# Get-Variable -ValueOnly, names from the pipeline, the gv alias; the value is written as one object.
New-Variable -Name var1 -Value 3
("var1" | Get-Variable).Value
Get-Variable -Name var1 -ValueOnly
$list = 1, 2, 3
(gv list -ValueOnly).Count
(Get-Variable list -ValueOnly | Measure-Object).Count
