# A Double compares by value with an Int32; the right operand converts to Double, not to Int32.
2.0 -eq 2
2 -eq 2.0
2.0 -eq '2.5'
2.0 -lt 2.5
@(1, 2.0, 3) -contains 2
