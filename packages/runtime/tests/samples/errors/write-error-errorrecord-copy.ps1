# Write-Error -ErrorRecord writes a copy of the record (WriteErrorCommand): the same exception and id, Write-Error as
# its activity, -RecommendedAction and -Category* applied to the copy only.
function Test-Rewrite {
    try { Get-Item /nope/missing -ErrorAction Stop } catch { $original = $_ }
    $written = Write-Error -ErrorRecord $original -RecommendedAction 'Check the path.' -CategoryReason Why 2>&1
    $written.FullyQualifiedErrorId
    $written.Exception.GetType().Name
    $written.CategoryInfo.ToString()
    $original.CategoryInfo.ToString()
    $written.ErrorDetails.Message
    $written.ErrorDetails.RecommendedAction
    $null -eq $original.ErrorDetails
    [object]::ReferenceEquals($written, $original)
}
Test-Rewrite
