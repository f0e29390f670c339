$al = [System.Collections.ArrayList]::new()
$null = $al.Add(1)
$al.Add(2) | Out-Null
$al.Count
