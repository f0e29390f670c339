(1..3).ForEach({ $_ * 2 })
