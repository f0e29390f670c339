[string]::Format('{0}-{1}', 'a', 'b')
