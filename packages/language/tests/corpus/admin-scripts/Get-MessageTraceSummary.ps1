<#
.SYNOPSIS
    Summarises message trace data for the last days: top senders, recipients and failures.
#>
param(
    [ValidateRange(1, 10)]
    [int]$Days = 2,
    [string]$SenderAddress,
    [int]$Top = 10
)

Connect-ExchangeOnline -ShowBanner:$false

$end = [datetime]::UtcNow
$start = $end.AddDays(-$Days)
$messages = @()
$page = 1

while ($true) {
    $traceParams = @{ StartDate = $start; EndDate = $end; PageSize = 5000; Page = $page }
    if ($SenderAddress) { $traceParams['SenderAddress'] = $SenderAddress }
    $batch = Get-MessageTrace @traceParams
    if (-not $batch) { break }
    $messages += $batch
    if ($batch.Count -lt 5000) { break }
    $page++
}

if ($messages.Count -eq 0) {
    "No messages between {0:g} and {1:g} (UTC)." -f $start, $end
    return
}

$byStatus = $messages | Group-Object Status | Sort-Object Count -Descending
$sizeStats = $messages | Measure-Object -Property Size -Average -Maximum -Sum

Write-Host ('=' * 60)
Write-Host ("Messages: {0:N0}   Total size: {1:N1} MB   Average: {2:N0} KB" -f $sizeStats.Count, ($sizeStats.Sum / 1MB), ($sizeStats.Average / 1KB))
Write-Host ('=' * 60)

foreach ($s in $byStatus) {
    $color = switch ($s.Name) {
        'Delivered' { 'Green' }
        'Failed'    { 'Red' }
        'Quarantined' { 'Magenta' }
        default     { 'Yellow' }
    }
    Write-Host ("{0,-15} {1,8:N0} {2,6:P1}" -f $s.Name, $s.Count, ($s.Count / $messages.Count)) -ForegroundColor $color
}

"`nTop $Top senders:"
$messages | Group-Object SenderAddress | Sort-Object Count -Descending | Select-Object -First $Top Count, Name | Format-Table -HideTableHeaders

"Top $Top recipients:"
$messages | Group-Object RecipientAddress | Sort-Object Count -Descending | Select-Object -First $Top Count, Name | Format-Table -HideTableHeaders

$failed = $messages.Where({ $_.Status -eq 'Failed' })
if ($failed.Count -gt 0) {
    $failed | Select-Object Received, SenderAddress, RecipientAddress, Subject |
        Export-Csv -Path ".\FailedMessages_$((Get-Date).ToString('yyyyMMdd')).csv" -NoTypeInformation
}
