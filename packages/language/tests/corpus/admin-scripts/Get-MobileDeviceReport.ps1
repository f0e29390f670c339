<#
.SYNOPSIS
    Reports mobile devices synchronising with mailboxes, piped in or for all mailboxes.
.EXAMPLE
    Get-EXOMailbox -Filter "Department -eq 'Sales'" | .\Get-MobileDeviceReport.ps1 -StaleDays 60
#>
[CmdletBinding()]
param(
    [Parameter(ValueFromPipelineByPropertyName = $true)]
    [Alias('UserPrincipalName')]
    [string[]]$Identity,

    [int]$StaleDays = 30
)

begin {
    if (-not (Get-ConnectionInformation)) { Connect-ExchangeOnline -ShowBanner:$false }
    $now = Get-Date
    $devices = [System.Collections.Generic.List[PSObject]]::new()

    function Get-DeviceRow {
        [CmdletBinding()]
        param([Parameter(Mandatory, ValueFromPipeline)] $Statistics, [string]$Owner)
        process {
            $lastSync = $Statistics.LastSuccessSync
            [PSCustomObject]@{
                Owner        = $Owner
                Device       = '{0} {1}' -f $Statistics.DeviceManufacturer, $Statistics.DeviceModel
                OS           = $Statistics.DeviceOS
                ClientType   = $Statistics.ClientType
                LastSync     = $lastSync
                DaysSinceSync = if ($lastSync) { [int]($now - $lastSync).TotalDays } else { $null }
                Status       = $Statistics.DeviceAccessState
            }
        }
    }
}

process {
    if (-not $Identity) { return }
    foreach ($id in $Identity) {
        Get-EXOMobileDeviceStatistics -Mailbox $id -ErrorAction SilentlyContinue |
            Get-DeviceRow -Owner $id |
            ForEach-Object { $devices.Add($_) }
    }
}

end {
    if ($devices.Count -eq 0 -and -not $MyInvocation.ExpectingInput) {
        foreach ($mbx in Get-EXOMailbox -ResultSize Unlimited) {
            Get-EXOMobileDeviceStatistics -Mailbox $mbx.UserPrincipalName -ErrorAction SilentlyContinue |
                Get-DeviceRow -Owner $mbx.UserPrincipalName |
                ForEach-Object { $devices.Add($_) }
        }
    }

    $stale = $devices | Where-Object { $_.DaysSinceSync -gt $StaleDays }
    $devices | Sort-Object Owner, LastSync | Format-Table Owner, Device, OS, LastSync, Status -AutoSize
    Write-Host ("{0} devices, {1} not synced for more than {2} days" -f $devices.Count, @($stale).Count, $StaleDays)
    $devices
}
