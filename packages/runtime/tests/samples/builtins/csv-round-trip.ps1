[pscustomobject]@{Name='Ann';Mail='ann@contoso.com'},[pscustomobject]@{Name='Bo';Mail='bo@contoso.com'} | Export-Csv -Path ./roundtrip.tmp.csv -NoTypeInformation
Import-Csv ./roundtrip.tmp.csv | ForEach-Object { $_.Name + ' ' + $_.Mail }
Remove-Item ./roundtrip.tmp.csv
