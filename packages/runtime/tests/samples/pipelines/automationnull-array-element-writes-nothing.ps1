# An array element that is AutomationNull ([void]..., a void method's result) counts in the array but writes
# nothing when the array goes down a pipeline (pwsh's ArrayLiteral tests).
$al1 = [System.Collections.ArrayList]::new()
$al2 = [System.Collections.ArrayList]::new()
$null = $al2.Add(2)
$result = [void]$al1.Add(1), $al2.Clear()
$result.Count
@($result | ForEach-Object { 'YES' }).Count
$r = [void]1, 2, 3
$r.Count
($r | Measure-Object).Count
