# New-Item -ItemType Directory makes the missing parents (Directory.CreateDirectory); an existing one is an error
# unless -Force.
$made = New-Item -ItemType Directory -Path ./newitem-parents.tmp/a/b
$made.Name
Test-Path ./newitem-parents.tmp/a/b -PathType Container
New-Item -ItemType Directory -Path ./newitem-parents.tmp/a -ErrorAction SilentlyContinue -ErrorVariable failed | Out-Null
$failed.Count
$failed[0].Exception.Message -replace [regex]::Escape((Get-Location).Path), '.'
(New-Item -ItemType Directory -Path ./newitem-parents.tmp/a -Force).Name
Remove-Item ./newitem-parents.tmp -Recurse
