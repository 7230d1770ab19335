package binance

import (
	"strconv"
	"strings"
)

// MaxClientIDLen is Binance's limit on newClientOrderId.
const MaxClientIDLen = 36

// maxPrefixLen keeps ClientOrderID within MaxClientIDLen for any plan id
// (13 base-36 digits) and leg and placement numbers up to 9999.
const maxPrefixLen = 12

// ClientOrderID is the deterministic newClientOrderId of one order of a plan
// leg: prefix-<planID base 36>-<leg>[-<placement>]. placement numbers the
// orders a leg places (0 for the first; a re-quote after a cancel uses the
// next); a retry of the same order reuses the same id, so it can never be
// placed twice. prefix keeps only [A-Za-z0-9] and at most 12 characters.
// The result matches Binance's ^[a-zA-Z0-9-_]{1,36}$ for leg and placement
// in 0..9999.
func ClientOrderID(prefix string, planID uint64, leg, placement int) string {
	var b strings.Builder
	b.Grow(MaxClientIDLen)
	b.WriteString(cleanPrefix(prefix))
	b.WriteByte('-')
	b.WriteString(strconv.FormatUint(planID, 36))
	b.WriteByte('-')
	b.WriteString(strconv.Itoa(leg))
	if placement != 0 {
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(placement))
	}
	return b.String()
}

// ParseClientOrderID recovers the plan id, leg and placement from an id made
// by ClientOrderID; ok is false for any other id (orders placed by hand or
// by another program).
func ParseClientOrderID(id string) (prefix string, planID uint64, leg, placement int, ok bool) {
	parts := strings.Split(id, "-")
	if len(parts) != 3 && len(parts) != 4 {
		return "", 0, 0, 0, false
	}
	if parts[0] == "" || cleanPrefix(parts[0]) != parts[0] {
		return "", 0, 0, 0, false
	}
	planID, err := strconv.ParseUint(parts[1], 36, 64)
	if err != nil {
		return "", 0, 0, 0, false
	}
	leg, err = strconv.Atoi(parts[2])
	if err != nil || leg < 0 {
		return "", 0, 0, 0, false
	}
	if len(parts) == 4 {
		placement, err = strconv.Atoi(parts[3])
		if err != nil || placement <= 0 {
			return "", 0, 0, 0, false
		}
	}
	return parts[0], planID, leg, placement, true
}

// ValidClientID reports whether id is acceptable to Binance as a
// newClientOrderId: 1 to 36 characters of [A-Za-z0-9-_].
func ValidClientID(id string) bool {
	if len(id) == 0 || len(id) > MaxClientIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !alnum(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

func cleanPrefix(p string) string {
	var b strings.Builder
	for i := 0; i < len(p) && b.Len() < maxPrefixLen; i++ {
		if alnum(p[i]) {
			b.WriteByte(p[i])
		}
	}
	if b.Len() == 0 {
		return "nv"
	}
	return b.String()
}

func alnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
