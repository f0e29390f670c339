# A .NET method's [string] parameter gets a real null from [NullString]::Value (String.Compare orders null before ''),
# and NullString's own ToString() returns null.
[string]::Compare([NullString]::Value, '')
[string]::Compare('', '')
[string]::IsNullOrEmpty([NullString]::Value)
$null -eq ([NullString]::Value).ToString()
