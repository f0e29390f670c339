<#
.SYNOPSIS
    Checks the organisation and per-mailbox audit settings and lists mailboxes that deviate.
#>
Connect-ExchangeOnline -ShowBanner:$false

$org = Get-OrganizationConfig
$adminAudit = Get-AdminAuditLogConfig

Write-Host "Audit disabled at organisation level: $($org.AuditDisabled)"
Write-Host "Unified audit log ingestion: $($adminAudit.UnifiedAuditLogIngestionEnabled)"

$expectedOwnerActions = 'ApplyRecord', 'HardDelete', 'MailboxLogin', 'MoveToDeletedItems', 'SoftDelete', 'Update', 'UpdateInboxRules'
$issues = New-Object System.Collections.Generic.List[string]

$mailboxes = Get-EXOMailbox -ResultSize Unlimited -Properties AuditEnabled, AuditLogAgeLimit, AuditOwner, DefaultAuditSet
foreach ($m in $mailboxes) {
    $name = $m.UserPrincipalName
    switch -Wildcard ($m.RecipientTypeDetails) {
        '*Shared*' { $kind = 'shared' }
        'Room*' { $kind = 'resource' }
        'Equipment*' { $kind = 'resource' }
        default { $kind = 'user' }
    }

    if (-not $m.AuditEnabled) {
        $issues.Add("$name ($kind): auditing is off")
    }
    if ([timespan]$m.AuditLogAgeLimit -lt [timespan]::FromDays(90)) {
        $issues.Add("$name ($kind): audit log age limit is only $($m.AuditLogAgeLimit)")
    }
    $missing = $expectedOwnerActions | Where-Object { $m.AuditOwner -notcontains $_ }
    if ($missing -and $m.DefaultAuditSet -notcontains 'Owner') {
        $issues.Add("$name ($kind): owner actions not audited: $($missing -join ', ')")
    }
}

if ($issues.Count -eq 0) {
    Write-Host 'All mailboxes use the expected audit settings.' -ForegroundColor Green
}
else {
    Write-Host "$($issues.Count) issues:" -ForegroundColor Yellow
    $issues | Sort-Object | ForEach-Object { " - $_" }
    $issues | Set-Content -Path .\AuditIssues.txt
}
