$r = [guid]::NewGuid().Guid
([object]($r + "a")).Equals(($r + "a"))
