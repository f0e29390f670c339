# A lone collection argument binds to Write-Output's InputObject as itself.
$l = [System.Collections.ArrayList]@(1, 2)
(Write-Output -NoEnumerate $l) -is [System.Collections.ArrayList]
(Write-Output -NoEnumerate 1 2).Count
