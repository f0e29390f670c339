# Double division by zero is Infinity or NaN; Int32 division by zero is a RuntimeException.
(5.0 / 0).GetType().Name
(5.0 / 0) -eq [double]::PositiveInfinity
[double]::IsNaN(0.0 / 0)
try { $z = 0; 5 / $z } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
