switch (9) { 1 { 'one' } default { "other $_" } }
