[bool]::Parse('TRUE')
