function f { param([Parameter(ValueFromPipeline)]$x) process { $x * 10 } }
1, 2, 3 | f
