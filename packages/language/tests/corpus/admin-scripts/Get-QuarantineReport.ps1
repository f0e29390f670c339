<#
.SYNOPSIS
    Quarantined messages of the last week, grouped by type and sender domain, with optional release.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [int]$Days = 7,
    [ValidateSet('Spam', 'Phish', 'HighConfPhish', 'Malware', 'TransportRule', 'Bulk')]
    [string[]]$Type,
    [string[]]$ReleaseFromDomain
)

Connect-ExchangeOnline -ShowBanner:$false

$start = [datetime]::UtcNow.AddDays(-$Days)
$all = @()
for ($page = 1; $page -le 100; $page++) {
    $query = @{ StartReceivedDate = $start; EndReceivedDate = [datetime]::UtcNow; PageSize = 1000; Page = $page }
    if ($Type) { $query.QuarantineTypes = $Type }
    $batch = @(Get-QuarantineMessage @query)
    $all += $batch
    if ($batch.Count -lt 1000) { break }
}

"{0} quarantined messages since {1:yyyy-MM-dd HH:mm} UTC" -f $all.Count, $start

$all | Group-Object QuarantineTypes | Sort-Object Count -Descending | Format-Table Name, Count -AutoSize

$byDomain = $all | Group-Object { ($_.SenderAddress -split '@')[-1].ToLower() } |
    Sort-Object Count -Descending |
    Select-Object -First 15 @{ n = 'Domain'; e = { $_.Name } }, Count, @{ n = 'Newest'; e = { ($_.Group.ReceivedTime | Measure-Object -Maximum).Maximum } }
$byDomain | Format-Table -AutoSize

if ($ReleaseFromDomain) {
    $toRelease = $all | Where-Object {
        $domain = ($_.SenderAddress -split '@')[-1]
        ($ReleaseFromDomain -contains $domain) -and ($_.QuarantineTypes -ne 'Malware') -and (-not $_.Released)
    }
    foreach ($msg in $toRelease) {
        if ($PSCmdlet.ShouldProcess("$($msg.Subject) from $($msg.SenderAddress)", 'Release to all recipients')) {
            Release-QuarantineMessage -Identity $msg.Identity -ReleaseToAll
        }
    }
    Write-Host "Processed $(@($toRelease).Count) messages for release."
}
