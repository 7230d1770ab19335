package backtest

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// float parses a decimal field as float64; required fields must be present.
func (o *object) float(key string, required bool) (float64, error) {
	raw, ok, err := o.num(key)
	if err != nil {
		return 0, err
	}
	if !ok {
		if required {
			return 0, fmt.Errorf("%s: required", key)
		}
		return 0, nil
	}
	return parseFloat(key, raw)
}

func parseFloat(key string, raw []byte) (float64, error) {
	if x, ok := fastFloat(raw); ok {
		return x, nil
	}
	x, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, fmt.Errorf("%s: %q is not a finite decimal", key, raw)
	}
	return x, nil
}

// pow10s are the powers of ten a float64 holds exactly.
var pow10s = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// fastFloat parses a plain decimal ("-123.456") of at most 15 digits
// exactly as strconv does: the digits form an integer below 2^53 and the
// power of ten is exact, so one correctly rounded division gives the
// correctly rounded result (Clinger's fast path). ok=false: use strconv.
func fastFloat(b []byte) (float64, bool) {
	n := len(b)
	if n == 0 || n > 17 {
		return 0, false
	}
	i, neg := 0, b[0] == '-'
	if neg {
		i = 1
	}
	var mant uint64
	dot, digits := -1, 0
	for ; i < n; i++ {
		c := b[i]
		if d := c - '0'; d < 10 {
			mant = mant*10 + uint64(d)
			digits++
			continue
		}
		if c == '.' && dot < 0 {
			dot = i
			continue
		}
		return 0, false
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	x := float64(mant)
	if dot >= 0 {
		x /= pow10s[n-dot-1]
	}
	if neg {
		x = -x
	}
	return x, true
}

// int parses an integer field (a JSON number or a string of digits).
func (o *object) int(key string, required bool) (int64, error) {
	raw, ok, err := o.num(key)
	if err != nil {
		return 0, err
	}
	if !ok {
		if required {
			return 0, fmt.Errorf("%s: required", key)
		}
		return 0, nil
	}
	v, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %q is not an integer", key, raw)
	}
	return v, nil
}

// bool parses an optional boolean field.
func (o *object) bool(key string) (bool, error) {
	f := o.get(key)
	if f == nil || f.kind == vNull {
		return false, nil
	}
	switch f.kind {
	case vTrue:
		return true, nil
	case vFalse:
		return false, nil
	}
	return false, fmt.Errorf("%s: want true or false", key)
}

// timeParser parses RFC 3339 times, caching the last second.
type timeParser struct {
	lastPrefix [19]byte
	lastSec    int64
	ok         bool
}

// parse returns t as Unix nanoseconds. The fast path is UTC "Z" times
// (what the writer produces); other offsets go through time.Parse.
func (p *timeParser) parse(b []byte) (int64, error) {
	if len(b) >= 20 && b[len(b)-1] == 'Z' && b[10] == 'T' {
		if p.ok && string(b[:19]) == string(p.lastPrefix[:]) {
			if ns, ok := fraction(b[19 : len(b)-1]); ok {
				return p.lastSec*1e9 + ns, nil
			}
		} else if sec, ok := civilSeconds(b[:19]); ok {
			if ns, ok := fraction(b[19 : len(b)-1]); ok {
				copy(p.lastPrefix[:], b[:19])
				p.lastSec, p.ok = sec, true
				return sec*1e9 + ns, nil
			}
		}
	}
	t, err := time.Parse(time.RFC3339Nano, string(b))
	if err != nil {
		return 0, fmt.Errorf("t: %q is not an RFC 3339 time", b)
	}
	return t.UnixNano(), nil
}

// fraction parses "" or ".fffffffff" (1 to 9 digits) into nanoseconds.
func fraction(b []byte) (int64, bool) {
	if len(b) == 0 {
		return 0, true
	}
	if b[0] != '.' || len(b) < 2 || len(b) > 10 {
		return 0, false
	}
	var ns int64
	for _, c := range b[1:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		ns = ns*10 + int64(c-'0')
	}
	for range 10 - len(b) {
		ns *= 10
	}
	return ns, true
}

// civilSeconds parses "YYYY-MM-DDTHH:MM:SS" as Unix seconds (UTC).
func civilSeconds(b []byte) (int64, bool) {
	if b[4] != '-' || b[7] != '-' || b[13] != ':' || b[16] != ':' {
		return 0, false
	}
	y, ok1 := digits(b[0:4])
	mo, ok2 := digits(b[5:7])
	d, ok3 := digits(b[8:10])
	h, ok4 := digits(b[11:13])
	mi, ok5 := digits(b[14:16])
	s, ok6 := digits(b[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) ||
		h > 23 || mi > 59 || s > 59 {
		return 0, false
	}
	return daysFromCivil(y, mo, d)*86400 + h*3600 + mi*60 + s, true
}

func digits(b []byte) (int64, bool) {
	var v int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	return v, true
}

func daysIn(y, m int64) int64 {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
