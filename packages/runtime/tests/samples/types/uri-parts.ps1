$u = [uri]'https://contoso.com/a?b=1'
$u.Host
$u.AbsolutePath
$u.Query
