'user@contoso.com' -replace '@.*$'
