package chainvenue

// Internals under test (black-box tests in chainvenue_test).
var (
	FloorUnits = floorUnits
	CeilUnits  = ceilUnits
	PerToken   = perToken
	AMMFee     = ammFee
)
