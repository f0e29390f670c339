# Assigning past the end of a List[T] fails with the setter's ArgumentOutOfRangeException (arrays: IndexOutOfRange).
$l = [System.Collections.Generic.List[string]]::new()
$l.Add('a')
$l[-1] = 'b'
$l[0]
try { $l[1] = 'c' } catch { $_.Exception.Message }
$l[3] = 'd'
'after'
