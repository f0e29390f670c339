<#
.SYNOPSIS
    Lists the largest folders of a mailbox, with sizes converted to MB.
#>
param(
    [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
    [string]$Mailbox,
    [int]$First = 20,
    [switch]$IncludeArchive
)

function ConvertTo-Megabytes {
    param([string]$SizeText)
    # "12.5 MB (13,107,200 bytes)" -> 12.5
    if ($SizeText -match '\((?<bytes>[0-9,]+) bytes\)') {
        return [math]::Round(([double]($Matches.bytes -replace ',')) / 1MB, 1)
    }
    return 0
}

Connect-ExchangeOnline -ShowBanner:$false

$folders = Get-EXOMailboxFolderStatistics -Identity $Mailbox -IncludeOldestAndNewestItems
if ($IncludeArchive) {
    $folders += Get-EXOMailboxFolderStatistics -Identity $Mailbox -Archive
}

$table = $folders | Select-Object @{ n = 'Folder'; e = { $_.FolderPath } },
@{ n = 'Items'; e = { $_.ItemsInFolder } },
@{ n = 'SizeMB'; e = { ConvertTo-Megabytes $_.FolderSize.ToString() } },
@{ n = 'SubfolderSizeMB'; e = { ConvertTo-Megabytes "$($_.FolderAndSubfolderSize)" } },
@{ n = 'Oldest'; e = { if ($_.OldestItemReceivedDate) { $_.OldestItemReceivedDate.ToString('yyyy-MM-dd') } } },
FolderType

$table | Sort-Object SizeMB -Descending | Select-Object -First $First | Format-Table -AutoSize

$totalMB = ($table | Measure-Object SizeMB -Sum).Sum
$deleted = $table | Where-Object { $_.Folder -eq '/Deleted Items' }
"Total: {0:N1} MB in {1} folders" -f $totalMB, $table.Count
if ($deleted -and $deleted.SizeMB -gt ($totalMB * 0.25)) {
    Write-Warning "Deleted Items holds $($deleted.SizeMB) MB, more than a quarter of the mailbox."
}
