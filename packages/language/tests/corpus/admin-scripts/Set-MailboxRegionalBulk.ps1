<#
.SYNOPSIS
    Sets language, time zone and date formats for many mailboxes in parallel (PowerShell 7).
#>
#Requires -Version 7.2
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$CsvPath,
    [ValidateSet('W. Europe Standard Time', 'GMT Standard Time', 'Eastern Standard Time', 'Pacific Standard Time')]
    [string]$DefaultTimeZone = 'W. Europe Standard Time',
    [ValidateRange(1, 8)]
    [int]$ThrottleLimit = 4,
    [string]$AppId,
    [string]$Thumbprint,
    [string]$Organization
)

$users = Import-Csv $CsvPath
$results = $users | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
    # Each runspace needs its own connection; keep the row, $_ changes inside catch
    $user = $_
    Import-Module ExchangeOnlineManagement
    Connect-ExchangeOnline -AppId $using:AppId -CertificateThumbprint $using:Thumbprint -Organization $using:Organization -ShowBanner:$false

    $tz = [string]::IsNullOrEmpty($user.TimeZone) ? $using:DefaultTimeZone : $user.TimeZone
    $language = $user.Language ?? 'en-US'
    try {
        Set-MailboxRegionalConfiguration -Identity $user.UserPrincipalName -TimeZone $tz -Language $language -LocalizeDefaultFolderName:$true -DateFormat $null -TimeFormat $null -ErrorAction Stop
        [pscustomobject]@{ User = $user.UserPrincipalName; TimeZone = $tz; Language = $language; Result = 'OK' }
    }
    catch {
        [pscustomobject]@{ User = $user.UserPrincipalName; TimeZone = $tz; Language = $language; Result = $_.Exception.Message }
    }
    finally {
        Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
    }
}

$failed = $results | Where-Object Result -NE 'OK'
$results | Sort-Object User | Format-Table -AutoSize
if ($failed) {
    Write-Warning "$(@($failed).Count) mailboxes failed."
    $failed | Export-Csv -Path ($CsvPath -replace '\.csv$', '-failed.csv') -NoTypeInformation
}
