# A $null index is NullArrayIndex for arrays and hashtables, reading or assigning; assigning to a slice of an
# array ($a[0,1] = x) is ArraySliceAssignmentFailed (pwsh's PSGetIndexBinder / PSSetIndexBinder).
$a = 10, 20, 30
$h = @{ a = 1 }
try { $a[$null] } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $h[$null] } catch { $_.FullyQualifiedErrorId }
try { $a[$null] = 1 } catch { $_.FullyQualifiedErrorId }
try { $a[0,1] = 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$a -join ','
