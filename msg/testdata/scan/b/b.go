package b

import "example/a"

func h() {
	_ = a.G("fra en anden pakke")
	_ = g("samme navn i en anden pakke")
	_ = a.T(1, "andet navn")
}

func g(s string) string { return s }
