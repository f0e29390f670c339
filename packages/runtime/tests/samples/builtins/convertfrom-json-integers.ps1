# ConvertFrom-Json (Newtonsoft) reads a JSON integer as an Int64, exactly, and one past Int64 as a BigInteger;
# digits inside strings stay text.
$o = '{"small":1,"big":9007199254740993,"text":"12 34","list":[-7,1.5],"huge":12345678901234567890}' | ConvertFrom-Json
$o.small.GetType().FullName
$o.big
$o.big.GetType().FullName
$o.text
$o.list[0].GetType().FullName
$o.list[1].GetType().FullName
$o.huge
$o.huge.GetType().FullName
