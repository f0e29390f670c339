[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
[string]::IsNullOrEmpty('x')
[string]::IsNullOrWhiteSpace('  ')
