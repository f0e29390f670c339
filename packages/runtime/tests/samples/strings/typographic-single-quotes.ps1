‘single $n’
