# A Double has no D or X format even when whole; N and F work, and an Int32 takes D.
(2.0).ToString('N1')
(2).ToString('D3')
try { (2.0).ToString('D') } catch { $_.FullyQualifiedErrorId }
try { '{0:X}' -f 2.0 } catch { $_.FullyQualifiedErrorId }
