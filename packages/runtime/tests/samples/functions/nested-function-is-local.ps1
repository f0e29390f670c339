function outer { function inner { 'in' }; inner }
outer
inner
