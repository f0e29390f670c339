# Write-Error (WriteErrorCommand): -Category with only -Message, -ErrorId and -TargetObject; -Exception with -Message
# keeps the exception's own message and puts -Message in ErrorDetails (what "$_" and the error view show);
# -RecommendedAction fills ErrorDetails with the record's text; empty -Category* strings count as not given.
function Test-Write {
    $e = Write-Error -Message m -Category InvalidData 2>&1
    $e.CategoryInfo.ToString()
    $e.FullyQualifiedErrorId
    $null -eq $e.ErrorDetails
    $e = Write-Error -Message m -ErrorId My.Id -TargetObject 5 2>&1
    $e.FullyQualifiedErrorId
    $e.TargetObject
    $e = Write-Error -Exception ([System.ArgumentException]::new('inner')) -Message outer 2>&1
    $e.Exception.Message
    "$e"
    $e.ErrorDetails.Message
    $e.FullyQualifiedErrorId
    $e.CategoryInfo.ToString()
    $e = Write-Error -Message x -RecommendedAction 'Try again.' 2>&1
    $e.ErrorDetails.Message
    $e.ErrorDetails.RecommendedAction
    $e = Write-Error -Message x -CategoryActivity '' -CategoryReason '' 2>&1
    $e.CategoryInfo.ToString()
}
Test-Write
