<#
.SYNOPSIS
    Removes mobile device partnerships that have not synchronised for a long time.
.DESCRIPTION
    Runs in report mode unless -Remove is given. Every removal asks for confirmation unless
    -Confirm:$false is passed.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [ValidateRange(30, 3650)]
    [int]$InactiveDays = 180,
    [switch]$Remove,
    [string]$LogPath = (Join-Path ([Environment]::GetFolderPath('MyDocuments')) 'RemovedDevices.csv')
)

$ErrorActionPreference = 'Stop'
Connect-ExchangeOnline -ShowBanner:$false

$threshold = (Get-Date).AddDays(-1 * $InactiveDays)
$candidates = @()

$devices = Get-MobileDevice -ResultSize Unlimited
$i = 0
foreach ($device in $devices) {
    $i++
    Write-Progress -Activity 'Reading device statistics' -Status $device.DeviceId -PercentComplete ($i / $devices.Count * 100)
    $stats = Get-EXOMobileDeviceStatistics -Identity $device.Identity -ErrorAction SilentlyContinue
    if (-not $stats) { continue }

    $lastSync = $stats.LastSuccessSync
    if ($null -eq $lastSync -or $lastSync -lt $threshold) {
        $candidates += [pscustomobject]@{
            Identity  = $device.Identity
            User      = $device.UserDisplayName
            Model     = $device.DeviceModel
            LastSync  = $lastSync
            FirstSync = $device.FirstSyncTime
        }
    }
}
Write-Progress -Activity 'Reading device statistics' -Completed

"{0} of {1} devices have not synced since {2:d}" -f $candidates.Count, $devices.Count, $threshold

if (-not $Remove) {
    $candidates | Sort-Object LastSync | Format-Table User, Model, LastSync -AutoSize
    Write-Host 'Report mode: run again with -Remove to delete these partnerships.' -ForegroundColor Cyan
    return
}

$removed = foreach ($c in $candidates) {
    if ($PSCmdlet.ShouldProcess("$($c.User) - $($c.Model)", 'Remove mobile device partnership')) {
        try {
            Remove-MobileDevice -Identity $c.Identity -Confirm:$false
            $c | Add-Member -NotePropertyName RemovedOn -NotePropertyValue (Get-Date) -PassThru
        }
        catch {
            Write-Warning "Could not remove $($c.Identity): $_"
        }
    }
}

if ($removed) {
    $removed | Export-Csv -Path $LogPath -NoTypeInformation -Append
    Write-Host "$(@($removed).Count) partnerships removed; log appended to $LogPath"
}
