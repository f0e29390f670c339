[guid]::NewGuid().ToString().Length
