'Hello'.StartsWith('he', 'OrdinalIgnoreCase')
'Hello'.IndexOf('L', [StringComparison]::OrdinalIgnoreCase)
