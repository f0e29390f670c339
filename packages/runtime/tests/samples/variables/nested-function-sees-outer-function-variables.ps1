function outer { $v = 'outer'; function inner { $v }; inner }
outer
