$name = ''
if ([string]::IsNullOrEmpty($name)) { 'no name' } else { "name: $name" }
