[guid]::Empty
