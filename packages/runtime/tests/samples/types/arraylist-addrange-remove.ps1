$al = [System.Collections.ArrayList]::new()
$al.AddRange(@(1, 2, 3))
$al.Remove(2)
$al -join ','
