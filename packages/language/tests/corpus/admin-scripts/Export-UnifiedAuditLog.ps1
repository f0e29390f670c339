<#
.SYNOPSIS
    Exports unified audit log records for a date range, paging with a session id.
.PARAMETER Operations
    Audit operations to search for, e.g. MailItemsAccessed, New-InboxRule.
#>
param(
    [datetime]$StartDate = (Get-Date).Date.AddDays(-7),
    [datetime]$EndDate = (Get-Date),
    [string[]]$Operations = @('New-InboxRule', 'Set-InboxRule', 'UpdateInboxRules'),
    [string]$UserIds,
    [ValidateRange(100, 5000)]
    [int]$PageSize = 5000
)

if ($StartDate -ge $EndDate) {
    Write-Error 'StartDate must be earlier than EndDate.'
    exit 1
}

Connect-ExchangeOnline -ShowBanner:$false

$sessionId = [guid]::NewGuid().ToString()
$allRecords = [System.Collections.Generic.List[object]]::new()
$page = 0

$search = @{
    StartDate      = $StartDate
    EndDate        = $EndDate
    Operations     = $Operations
    SessionId      = $sessionId
    SessionCommand = 'ReturnLargeSet'
    ResultSize     = $PageSize
}
if ($UserIds) { $search.UserIds = $UserIds }

do {
    $page++
    $batch = Search-UnifiedAuditLog @search
    if ($null -eq $batch -or $batch.Count -eq 0) { break }

    foreach ($record in $batch) {
        $data = $record.AuditData | ConvertFrom-Json
        $allRecords.Add([pscustomobject]@{
                CreationDate = $record.CreationDate.ToLocalTime()
                User         = $record.UserIds
                Operation    = $record.Operations
                ClientIP     = $data.ClientIP
                Workload     = $data.Workload
                ObjectId     = $data.ObjectId
                Parameters   = ($data.Parameters | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join '; '
            })
    }

    $resultCount = $batch[0].ResultCount
    Write-Progress -Activity 'Searching the unified audit log' -Status "Page $page, $($allRecords.Count) of $resultCount" -PercentComplete ([math]::Min(100, $allRecords.Count / [math]::Max(1, $resultCount) * 100))
} while ($allRecords.Count -lt $resultCount)

Write-Progress -Activity 'Searching the unified audit log' -Completed

if ($allRecords.Count -eq 0) {
    Write-Host "No audit records between $StartDate and $EndDate." -ForegroundColor Yellow
}
else {
    $file = "AuditLog_{0:yyyyMMdd}_{1:yyyyMMdd}.csv" -f $StartDate, $EndDate
    $allRecords | Sort-Object CreationDate | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
    Write-Host "Exported $($allRecords.Count) records to $file" -ForegroundColor Green
    $allRecords | Group-Object Operation | Sort-Object Count -Descending | Select-Object Count, Name | Format-Table -AutoSize
}
