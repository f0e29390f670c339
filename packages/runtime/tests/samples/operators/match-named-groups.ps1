"user@contoso.com" -match '^(?<user>[^@]+)@(?<domain>.+)$'
$Matches.user
$Matches['domain']
