<#
.SYNOPSIS
    Reports the size of every user mailbox in Exchange Online.

.DESCRIPTION
    Connects to Exchange Online, reads each mailbox with Get-EXOMailbox, reads its statistics
    and writes one CSV row per mailbox with the size in MB and the item count.

.PARAMETER OutputPath
    Folder that receives the CSV file.

.EXAMPLE
    .\Get-MailboxSizeReport.ps1 -OutputPath C:\Reports -Top 50
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, HelpMessage = 'Folder for the CSV report')]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$OutputPath,

    [ValidateRange(1, 10000)]
    [int]$Top = 100,

    [switch]$IncludeShared
)

$ErrorActionPreference = 'Stop'
$timestamp = Get-Date -Format 'yyyyMMdd-HHmm'
$csvFile = Join-Path -Path $OutputPath -ChildPath "MailboxSizes-$timestamp.csv"

if (-not (Get-ConnectionInformation)) {
    Connect-ExchangeOnline -ShowBanner:$false
}

$types = @('UserMailbox')
if ($IncludeShared) { $types += 'SharedMailbox' }

Write-Host "Reading mailboxes of type $($types -join ', ')..." -ForegroundColor Cyan
$mailboxes = Get-EXOMailbox -ResultSize Unlimited -RecipientTypeDetails $types -Properties DisplayName, PrimarySmtpAddress, ProhibitSendQuota

$report = [System.Collections.Generic.List[PSObject]]::new()
$i = 0
foreach ($mbx in $mailboxes) {
    $i++
    Write-Progress -Activity 'Reading mailbox statistics' -Status "$i of $($mailboxes.Count)" -PercentComplete (($i / $mailboxes.Count) * 100)
    try {
        $stats = Get-EXOMailboxStatistics -Identity $mbx.UserPrincipalName -Properties LastLogonTime
    }
    catch {
        Write-Warning "Could not read statistics for $($mbx.UserPrincipalName): $($_.Exception.Message)"
        continue
    }

    # TotalItemSize looks like "1.234 GB (1,324,567,890 bytes)": keep the byte count only
    $bytes = [long]($stats.TotalItemSize.ToString() -replace '.*\(([\d,]+) bytes\).*', '$1' -replace ',', '')

    $report.Add([PSCustomObject]@{
            DisplayName   = $mbx.DisplayName
            PrimarySmtp   = $mbx.PrimarySmtpAddress
            SizeMB        = [math]::Round($bytes / 1MB, 2)
            ItemCount     = $stats.ItemCount
            LastLogonTime = $stats.LastLogonTime
            Quota         = $mbx.ProhibitSendQuota
        })
}
Write-Progress -Activity 'Reading mailbox statistics' -Completed

$report |
    Sort-Object -Property SizeMB -Descending |
    Select-Object -First $Top |
    Export-Csv -Path $csvFile -NoTypeInformation -Encoding UTF8

$total = ($report | Measure-Object -Property SizeMB -Sum).Sum
Write-Host ("{0} mailboxes, {1:N2} MB in total. Report: {2}" -f $report.Count, $total, $csvFile) -ForegroundColor Green
