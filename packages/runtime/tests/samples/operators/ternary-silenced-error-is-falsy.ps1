(Write-Error -Message error -ErrorAction SilentlyContinue) ? 1 : 2
