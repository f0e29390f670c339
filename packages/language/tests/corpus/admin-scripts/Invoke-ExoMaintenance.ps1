<#
.SYNOPSIS
    Nightly maintenance wrapper: runs a list of report scripts, logs their output and errors,
    and cleans up old logs. Uses PowerShell 7 operators (&&, ||, ??=, ?.) and redirections.
.PARAMETER Mode
    Report only, or also clean up.
#>
#Requires -Version 7.2
[CmdletBinding()]
param(
    [ValidateSet('Report', 'Cleanup')]
    [string]$Mode = 'Report',
    [string]$LogFolder = (Join-Path $env:TEMP 'ExoMaintenance'),
    [int]$KeepDays = 0x1E,
    [long]$MaxLogSize = 10MB
)

$script:Failures = 0
$global:ExoMaintenanceLastRun = Get-Date

filter Select-LargeLog {
    if ($_.Length -gt $MaxLogSize) { $_ }
}

function Write-MaintenanceLog {
    param([Parameter(Mandatory, ValueFromPipeline)][AllowEmptyString()][string]$Line)
    process {
        '{0:yyyy-MM-dd HH:mm:ss} {1}' -f (Get-Date), $Line >> (Join-Path $LogFolder 'maintenance.log')
    }
}

function Invoke-Step {
    param([string]$Name, [scriptblock]$Action)
    try {
        $output = & $Action 2>&1
        $output | ForEach-Object { "[$Name] $_" } | Write-MaintenanceLog
    }
    catch {
        $script:Failures++
        "[$Name] FAILED: $($_.Exception.Message)" | Write-MaintenanceLog
    }
}

function Main {
    Test-Path $LogFolder || New-Item -ItemType Directory -Path $LogFolder *> $null

    $settings = $null
    $settings ??= @{ Organization = $env:EXO_ORGANIZATION; AppId = $env:EXO_APPID }
    if (-not $settings.Organization) { throw [System.InvalidOperationException]::new('EXO_ORGANIZATION is not set') }

    # Grant the service account access to the log folder; --% passes the rest of the line verbatim
    icacls.exe $LogFolder --% /grant "NT AUTHORITY\NETWORK SERVICE:(OI)(CI)M" /T /Q

    Connect-ExchangeOnline -AppId $settings.AppId -CertificateThumbprint $env:EXO_THUMBPRINT -Organization $settings.Organization -ShowBanner:$false

    Invoke-Step -Name 'Mailbox sizes' -Action { & "$PSScriptRoot\Get-MailboxSizeReport.ps1" -OutputPath $LogFolder -Top 25 }
    Invoke-Step -Name 'Forwarding' -Action { & (Join-Path $PSScriptRoot 'Get-ForwardingRulesAudit.ps1') -OutputFile "$LogFolder\fwd.csv" }
    Invoke-Step -Name 'Connection' -Action { (Get-ConnectionInformation)?.State }

    $first = Get-ConnectionInformation | Select-Object -First 1
    $tenant = ${first}?.TenantID ?? 'unknown'
    Write-MaintenanceLog "Tenant $tenant, mode $Mode"

    if ($Mode -eq 'Cleanup') {
        $old = Get-ChildItem -Path $LogFolder -File | Where-Object LastWriteTime -LT (Get-Date).AddDays(-$KeepDays)
        $old | Remove-Item -ErrorAction:SilentlyContinue -Verbose:($VerbosePreference -eq 'Continue')
        Get-ChildItem -Path $LogFolder -File | Select-LargeLog | ForEach-Object {
            $parts = -split "$($_.Name) $([math]::Round($_.Length / 1MB, 1))MB"
            Write-Warning (-join ($parts[0], ' is ', $parts[1]))
        }
    }

    Disconnect-ExchangeOnline -Confirm:$false 2> $null
    Get-Content (Join-Path $LogFolder 'maintenance.log') -Tail 5 -ErrorAction Ignore > $null
}

. Main

if ($script:Failures -gt 0) {
    exit 3
}
