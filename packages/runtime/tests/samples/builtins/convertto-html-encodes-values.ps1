# Values are HTML-encoded (WebUtility.HtmlEncode); headers, -Title and -PreContent are written as given.
[pscustomobject]@{ 'a<b' = '<i>Tom & "Jerry"</i>'; n = $null } | ConvertTo-Html -Fragment -PreContent '<h1>Report</h1>'
'it''s' | ConvertTo-Html -Fragment
