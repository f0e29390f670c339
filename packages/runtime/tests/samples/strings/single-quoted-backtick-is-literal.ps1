'a`tb'
