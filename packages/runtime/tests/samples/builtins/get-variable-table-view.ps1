# A PSVariable shows as pwsh's Variable view: Name in 30 columns, then Value (left-aligned).
$answer = 42
Get-Variable answer | Out-String -Stream
