$upn = 'user@contoso.com'
$upn.Split('@')[1]
$upn.Split('@')[0].ToUpper()
