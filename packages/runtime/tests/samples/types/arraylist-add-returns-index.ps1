$al = [System.Collections.ArrayList]::new()
$al.Add('x')
[void]$al.Add('y')
$al.Count
