('{"a":1,"b":[1,2]}' | ConvertFrom-Json).b.Count
