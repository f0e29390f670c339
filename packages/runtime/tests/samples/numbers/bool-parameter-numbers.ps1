# [bool] and [switch] parameters of a function accept any number (a whole Double, an Int64, 0x1) by its value.
function b([bool]$x) { $x }
b 2.0
b 0.0
b 0x1
b 1L
function s([switch]$on) { $on.IsPresent }
s -on:2.0
s -on:0.0
