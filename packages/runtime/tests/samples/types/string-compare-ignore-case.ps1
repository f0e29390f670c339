[string]::Compare('a', 'B', $true)
[string]::Equals('a', 'A')
