filter double { $_ * 2 }
1, 2 | double
