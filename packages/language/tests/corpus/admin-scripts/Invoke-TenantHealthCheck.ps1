<#
.SYNOPSIS
    A small Exchange Online health check with typed results (PowerShell 7 classes and enums).
#>
#Requires -Version 7.0
using namespace System.Collections.Generic

enum CheckSeverity {
    Pass = 0
    Info = 1
    Warning = 2
    Fail = 3
}

class CheckResult {
    [string]$Name
    [CheckSeverity]$Severity
    [string]$Detail

    CheckResult([string]$name, [CheckSeverity]$severity, [string]$detail) {
        $this.Name = $name
        $this.Severity = $severity
        $this.Detail = $detail
    }

    [string] ToString() {
        return '[{0}] {1}: {2}' -f $this.Severity, $this.Name, $this.Detail
    }
}

$results = [List[CheckResult]]::new()

Connect-ExchangeOnline -ShowBanner:$false
$org = Get-OrganizationConfig

$results.Add([CheckResult]::new('Modern authentication',
        ($org.OAuth2ClientProfileEnabled ? [CheckSeverity]::Pass : [CheckSeverity]::Fail),
        "OAuth2ClientProfileEnabled = $($org.OAuth2ClientProfileEnabled)"))

$results.Add([CheckResult]::new('Mailbox auditing',
        ($org.AuditDisabled ? [CheckSeverity]::Fail : [CheckSeverity]::Pass),
        "AuditDisabled = $($org.AuditDisabled)"))

$remoteDomains = Get-RemoteDomain
$autoForward = $remoteDomains | Where-Object { $_.DomainName -eq '*' -and $_.AutoForwardEnabled }
$results.Add([CheckResult]::new('Automatic forwarding to any domain',
        $(if ($autoForward) { [CheckSeverity]::Warning } else { [CheckSeverity]::Pass }),
        'Default remote domain AutoForwardEnabled = ' + [bool]$autoForward))

$dkim = Get-DkimSigningConfig | Where-Object { $_.Domain -notlike '*.onmicrosoft.com' }
foreach ($d in $dkim) {
    $sev = $d.Enabled ? [CheckSeverity]::Pass : [CheckSeverity]::Warning
    $results.Add([CheckResult]::new("DKIM $($d.Domain)", $sev, "Enabled = $($d.Enabled)"))
}

$admins = @(Get-RoleGroupMember -Identity 'Organization Management')
$results.Add([CheckResult]::new('Organization Management members',
        ($admins.Count -le 4 ? [CheckSeverity]::Pass : [CheckSeverity]::Info),
        "$($admins.Count) members"))

foreach ($r in $results | Sort-Object Severity -Descending) {
    $color = switch ($r.Severity) {
        ([CheckSeverity]::Pass) { 'Green' }
        ([CheckSeverity]::Info) { 'Cyan' }
        ([CheckSeverity]::Warning) { 'Yellow' }
        default { 'Red' }
    }
    Write-Host $r.ToString() -ForegroundColor $color
}

$worst = ($results | Measure-Object -Property Severity -Maximum).Maximum
exit ([int]$worst -ge [int][CheckSeverity]::Fail ? 1 : 0)
