# PSCredential has no view: its two properties make a table; the password shows as its type name.
$secret = ConvertTo-SecureString 'p@ss' -AsPlainText -Force
[pscredential]::new('admin', $secret) | Out-String -Stream | ForEach-Object { "[$_]" }
