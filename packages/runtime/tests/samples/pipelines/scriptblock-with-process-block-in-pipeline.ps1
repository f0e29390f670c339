1..3 | & { process { $_ * 2 } }
