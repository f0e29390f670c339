<#
.SYNOPSIS
    Shows each retention policy, its tags, and how many mailboxes use it.
#>
Connect-ExchangeOnline -ShowBanner:$false

$policies = Get-RetentionPolicy
$tags = @{}
Get-RetentionPolicyTag | ForEach-Object { $tags[$_.Name] = $_ }

$assignments = Get-EXOMailbox -ResultSize Unlimited -Properties RetentionPolicy |
    Group-Object -Property RetentionPolicy -AsHashTable -AsString

$report = @()
:policyLoop foreach ($policy in $policies) {
    $count = if ($assignments -and $assignments.ContainsKey($policy.Name)) { $assignments[$policy.Name].Count } else { 0 }

    foreach ($linkName in $policy.RetentionPolicyTagLinks) {
        $tag = $tags["$linkName"]
        if ($null -eq $tag) {
            Write-Warning "Policy '$($policy.Name)' links to unknown tag '$linkName'"
            continue
        }
        if ($tag.RetentionEnabled -eq $false -and $tag.Type -eq 'All') {
            Write-Warning "Default tag of '$($policy.Name)' is disabled; skipping the rest of this policy"
            continue policyLoop
        }

        $action = switch ($tag.RetentionAction) {
            'MoveToArchive' { 'Archive' }
            'DeleteAndAllowRecovery' { 'Delete (recoverable)' }
            'PermanentlyDelete' { 'Delete (permanent)' }
            Default { $tag.RetentionAction }
        }

        $report += [PSCustomObject]@{
            Policy    = $policy.Name
            Mailboxes = $count
            Tag       = $tag.Name
            TagType   = $tag.Type
            AgeDays   = $tag.AgeLimitForRetention.Days
            Action    = $action
        }
    }
}

$report | Sort-Object Policy, TagType | Format-Table -GroupBy Policy Tag, TagType, AgeDays, Action
$unused = $policies | Where-Object { -not $assignments.ContainsKey($_.Name) }
if ($unused) {
    "Policies not assigned to any mailbox: " + ($unused.Name -join ', ')
}
