<#
.SYNOPSIS
    Archive mailbox report: archive status, size, and auto-expanding archive state.
#>
param(
    [string]$ExportFile = '.\ArchiveReport.csv',
    [long]$WarningThresholdGB = 90
)

Connect-ExchangeOnline -ShowBanner:$false

[array]$withArchive = Get-EXOMailbox -Archive -ResultSize Unlimited -Properties ArchiveStatus, ArchiveName, AutoExpandingArchiveEnabled, ArchiveQuota
[int]$noArchive = (Get-EXOMailbox -ResultSize Unlimited -Filter "ArchiveStatus -eq 'None'" -RecipientTypeDetails UserMailbox | Measure-Object).Count

Write-Host "$($withArchive.Count) mailboxes have an archive, $noArchive user mailboxes do not."

$rows = [System.Collections.Generic.List[psobject]]::new()
for ($i = 0; $i -lt $withArchive.Count; $i++) {
    $m = $withArchive[$i]
    Write-Progress -Activity 'Archive statistics' -Status $m.DisplayName -PercentComplete (100 * $i / $withArchive.Count)

    $stats = Get-EXOMailboxStatistics -Identity $m.UserPrincipalName -Archive -ErrorAction SilentlyContinue
    [long]$bytes = 0
    if ($stats) {
        $text = $stats.TotalItemSize.ToString()
        $bytes = [long](($text.Split('(')[1]).Split(' ')[0].Replace(',', ''))
    }
    $sizeGB = [math]::Round($bytes / 1GB, 2)

    $rows.Add([pscustomobject]@{
            User          = $m.UserPrincipalName
            ArchiveName   = $m.ArchiveName -join ''
            Status        = $m.ArchiveStatus
            AutoExpanding = [bool]$m.AutoExpandingArchiveEnabled
            SizeGB        = $sizeGB
            Items         = $stats.ItemCount ?? 0
            Quota         = ($m.ArchiveQuota -split ' \(')[0]
            NearQuota     = $sizeGB -ge $WarningThresholdGB -and -not $m.AutoExpandingArchiveEnabled
        })
}

$rows | Export-Csv -Path $ExportFile -NoTypeInformation
$near = @($rows | Where-Object NearQuota)
if ($near.Count) {
    Write-Warning "$($near.Count) archives are above $WarningThresholdGB GB without auto-expanding archiving:"
    $near | Format-Table User, SizeGB, Quota -AutoSize
}
