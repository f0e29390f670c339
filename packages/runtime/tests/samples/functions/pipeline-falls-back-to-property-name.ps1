function get-foo {
    param([Parameter(ValueFromPipeline = $true)] [int] $Parameter1 = 10,
          [Parameter(ValueFromPipelineByPropertyName = $true)] [int] $Length = 100)
    process { $Length }
}
'abc' | get-foo
