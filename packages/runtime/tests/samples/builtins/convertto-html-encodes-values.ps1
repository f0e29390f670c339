# Values are HTML-encoded (WebUtility.HtmlEncode); headers, -Title and -PreContent are written as given.
[pscustomobject]@{ 'a<b' = '<i>Tom & "Jerry"</i>'; n = $null } | ConvertTo-Html -Fragment -PreContent '<h1>Report</h1>'
'it''s' | ConvertTo-Html -Fragment
# Latin-1 letters and characters beyond the BMP become numeric references, as .NET's WebUtility.HtmlEncode.
[pscustomobject]@{ City = 'Zürich 😀' } | ConvertTo-Html -Fragment
