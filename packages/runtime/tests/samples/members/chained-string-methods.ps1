'  MiXeD  '.Trim().ToLower()
