# New-Variable.Tests.ps1: an AllScope variable is the same variable in child scopes, so a child's assignment changes it.
New-Variable -Name var1 -Value 1 -Option AllScope
& { $var1 = 2 }
$var1
$plain = 1
& { $plain = 2 }
$plain
