"$true/$false"
