package a

import m "ydelsesflow/msg"

var _ = m.T(m.Danish, "i en testfil")
