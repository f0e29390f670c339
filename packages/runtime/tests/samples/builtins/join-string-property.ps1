# Join-String.Tests.ps1: a property name or a script block picks each value (position 0), separator at position 1.
$items = [pscustomobject]@{ Name = "x"; Length = 1 }, [pscustomobject]@{ Name = "y"; Length = 2 }
$items | Join-String -Property Name -Separator ", "
$items | Join-String Name "/"
$items | Join-String -Property { $_.Name + $_.Length } -Separator ";"
