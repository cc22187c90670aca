package c

import "ydelsesflow/msg"

var _ = msg.T(msg.Danish, "i testdata")
