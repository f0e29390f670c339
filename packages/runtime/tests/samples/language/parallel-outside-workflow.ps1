'before'
parallel {
    'a'
}
