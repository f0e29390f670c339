[string]::Empty.Length
