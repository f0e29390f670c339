[string]::new('x', 3)
