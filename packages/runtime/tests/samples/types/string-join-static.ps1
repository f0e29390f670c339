[string]::Join(',', @('a', 'b', 'c'))
