# Set-StrictMode -Version 2.0: calling a function as a method, `f(1, 2)`, is StrictModeFunctionCallWithParens.
function Add-Two { param($a, $b) "a=$a b=$b" }
Add-Two(1, 2)
Set-StrictMode -Version 2.0
try { Add-Two(1, 2) } catch { $_.FullyQualifiedErrorId }
Add-Two (1, 2)
Add-Two 1 2
Add-Two(1)
