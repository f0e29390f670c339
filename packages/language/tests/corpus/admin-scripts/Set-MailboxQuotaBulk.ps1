<#
.SYNOPSIS
    Sets mailbox quotas from a CSV file (columns: Identity, WarningGB, ProhibitSendGB, ProhibitSendReceiveGB).
.EXAMPLE
    .\Set-MailboxQuotaBulk.ps1 -CsvPath .\quotas.csv -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory = $true)]
    [ValidateNotNullOrEmpty()]
    [string]$CsvPath,

    [ValidatePattern('^[\w\.-]+$')]
    [string]$LogName = 'QuotaChanges'
)

begin {
    $logFile = ".\$LogName-$(Get-Date -Format yyyyMMddHHmmss).log"
    $changed = 0
    $failed = 0

    function Write-Log {
        param([string]$Message, [ValidateSet('INFO', 'WARN', 'ERROR')][string]$Level = 'INFO')
        $line = '{0:u} [{1}] {2}' -f (Get-Date), $Level, $Message
        Add-Content -Path $logFile -Value $line
        if ($Level -eq 'ERROR') { Write-Host $line -ForegroundColor Red } else { Write-Verbose $line }
    }

    if (-not (Test-Path $CsvPath)) {
        throw "CSV file '$CsvPath' not found."
    }
    Connect-ExchangeOnline -ShowBanner:$false
}

process {
    $rows = Import-Csv -Path $CsvPath
    foreach ($row in $rows) {
        $params = @{
            Identity                 = $row.Identity
            IssueWarningQuota        = "$($row.WarningGB)GB"
            ProhibitSendQuota        = "$($row.ProhibitSendGB)GB"
            ProhibitSendReceiveQuota = "$($row.ProhibitSendReceiveGB)GB"
            UseDatabaseQuotaDefaults = $false
            ErrorAction              = 'Stop'
        }

        if ([int]$row.WarningGB -ge [int]$row.ProhibitSendGB) {
            Write-Log "Skipping $($row.Identity): warning quota must be below the send quota" -Level WARN
            continue
        }

        if ($PSCmdlet.ShouldProcess($row.Identity, "Set quotas to $($row.WarningGB)/$($row.ProhibitSendGB)/$($row.ProhibitSendReceiveGB) GB")) {
            try {
                Set-Mailbox @params
                Write-Log "Updated $($row.Identity)"
                $changed++
            }
            catch {
                Write-Log "Failed on $($row.Identity): $_" -Level ERROR
                $failed++
            }
        }
    }
}

end {
    Write-Host "Done: $changed changed, $failed failed. Log: $logFile"
    Disconnect-ExchangeOnline -Confirm:$false
}
