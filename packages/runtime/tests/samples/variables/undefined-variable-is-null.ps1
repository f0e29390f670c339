$null -eq $undefinedVariable
"[$undefinedVariable]"
