# Calendar permission report: who can see or edit each user's calendar.
# Handles localised calendar folder names by asking for the folder of type Calendar.

[CmdletBinding()]
param(
    [string[]]$Users,
    [string]$Csv = 'CalendarPermissions.csv',
    [switch]$OnlyNonDefault
)

Connect-ExchangeOnline -ShowBanner:$false

if (-not $Users) {
    $Users = (Get-EXOMailbox -RecipientTypeDetails UserMailbox, RoomMailbox -ResultSize Unlimited).UserPrincipalName
}

$result = foreach ($upn in $Users) {
    $calendar = Get-EXOMailboxFolderStatistics -Identity $upn -FolderScope Calendar |
        Where-Object { $_.FolderType -eq 'Calendar' } |
        Select-Object -First 1
    if (-not $calendar) {
        Write-Warning "No calendar folder for $upn"
        continue
    }

    # FolderPath is "/Calendar"; the identity wants "user:\Calendar"
    $folderId = "${upn}:" + ($calendar.FolderPath -replace '/', '\')
    $permissions = Get-EXOMailboxFolderPermission -Identity $folderId

    foreach ($p in $permissions) {
        $isDefault = $p.User.DisplayName -in @('Default', 'Anonymous') -and ($p.AccessRights -contains 'AvailabilityOnly' -or $p.AccessRights -contains 'None')
        if ($OnlyNonDefault -and $isDefault) { continue }
        [PSCustomObject]@{
            Mailbox      = $upn
            Folder       = $folderId
            User         = $p.User.DisplayName
            AccessRights = $p.AccessRights -join ','
            SharingFlags = $p.SharingPermissionFlags
        }
    }
}

$result | Export-Csv -Path $Csv -NoTypeInformation
$editors = $result | Where-Object { $_.AccessRights -match 'Editor|Owner|PublishingEditor' }
Write-Host "$(@($result).Count) entries; $(@($editors).Count) grant edit rights. See $Csv."
