"a::b::c::d" -split "::"
