<#
.SYNOPSIS
    For one or more users, lists every mailbox they can send as or on behalf of.
.DESCRIPTION
    Answers the question "what can this person send as?" by inverting the permission lists.
#>
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string[]]$Trustee
)

Connect-ExchangeOnline -ShowBanner:$false

$trusteeUpns = foreach ($t in $Trustee) {
    $r = Get-EXORecipient -Identity $t -ErrorAction SilentlyContinue
    if ($r) { $r.PrimarySmtpAddress } else { Write-Warning "Unknown recipient: $t" }
}
if (-not $trusteeUpns) { return }

$mailboxes = Get-EXOMailbox -ResultSize Unlimited -PropertySets Minimum, Delegates
$hits = [System.Collections.ArrayList]@()

foreach ($mb in $mailboxes) {
    $sendAs = Get-EXORecipientPermission -Identity $mb.Identity -AccessRights SendAs -ErrorAction SilentlyContinue |
        Where-Object { $trusteeUpns -contains $_.Trustee }
    foreach ($entry in $sendAs) {
        [void]$hits.Add([pscustomobject]@{ Trustee = $entry.Trustee; Mailbox = $mb.PrimarySmtpAddress; Right = 'SendAs' })
    }

    if ($mb.GrantSendOnBehalfTo.Count -gt 0) {
        $behalf = $mb.GrantSendOnBehalfTo | ForEach-Object { (Get-EXORecipient -Identity $_ -ErrorAction SilentlyContinue).PrimarySmtpAddress }
        foreach ($b in $behalf | Where-Object { $_ -in $trusteeUpns }) {
            [void]$hits.Add([pscustomobject]@{ Trustee = $b; Mailbox = $mb.PrimarySmtpAddress; Right = 'SendOnBehalf' })
        }
    }
}

if ($hits.Count -eq 0) {
    Write-Host "No Send As or Send on Behalf rights found for $($Trustee -join ', ')."
}
else {
    $hits | Sort-Object Trustee, Right, Mailbox | Format-Table -GroupBy Trustee Mailbox, Right
}
