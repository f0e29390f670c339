# DecimalOps: an overflow is a RuntimeException around .NET's OverflowException.
try { [decimal]::MaxValue + 1 } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
try { [decimal]::MinValue * 2 } catch { $_.Exception.Message }
