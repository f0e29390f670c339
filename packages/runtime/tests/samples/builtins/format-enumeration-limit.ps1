# $FormatEnumerationLimit (pwsh's InnerFormatShapeCommand.FormatEnumerationLimit): a collection-valued property shows
# that many items, then `…`; a negative limit shows them all. The formatters read $global:FormatEnumerationLimit, and
# only when it holds an Int32 (else the default, 4).
$o = [pscustomobject]@{ Name = 'a'; Items = 1..6 }
$o | Format-Table | Out-String -Stream | Where-Object { $_ }
# A script's own $FormatEnumerationLimit is not the global one: the default stays.
$FormatEnumerationLimit = 2
$o | Format-List | Out-String -Stream | Where-Object { $_ }
$global:FormatEnumerationLimit = 2
$o | Format-Table | Out-String -Stream | Where-Object { $_ }
$o | Format-List | Out-String -Stream | Where-Object { $_ }
# Out-String (and Out-Default) without a Format-* cmdlet: the default table, under the same limit.
$o | Out-String -Stream | Where-Object { $_ }
$global:FormatEnumerationLimit = -1
$o | Format-Table -AutoSize | Out-String -Stream | Where-Object { $_ }
$global:FormatEnumerationLimit = 0
$o | Format-List | Out-String -Stream | Where-Object { $_ }
# A collection no longer than the limit shows no ellipsis.
$global:FormatEnumerationLimit = 6
$o | Format-List | Out-String -Stream | Where-Object { $_ }
# A string is not an Int32: the default limit.
$global:FormatEnumerationLimit = '2'
$o | Format-List | Out-String -Stream | Where-Object { $_ }
