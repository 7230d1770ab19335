package backtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// valueKind is the JSON type of a field's value.
type valueKind uint8

const (
	vString valueKind = iota + 1
	vNumber
	vTrue
	vFalse
	vNull
	vArray
	vObject
)

// field is one key/value of a line; key and raw point into the line.
type field struct {
	key     []byte
	raw     []byte // string contents without quotes, or the literal/array text
	kind    valueKind
	escaped bool // a string with backslash escapes
	// An array of [price, qty] pairs is parsed as it is scanned: its levels
	// are o.levels[lv0:lv1] (levErr: a pair that is not two decimals).
	levels   bool
	lv0, lv1 int
	levErr   error
}

// maxFields bounds the fields of one line.
const maxFields = 48

// object is one parsed line. It is reused line after line.
type object struct {
	fields []field
	levels []rawLevel
}

var errSyntax = errors.New("malformed JSON")

// parse reads one JSON object (a whole line) into o.
func (o *object) parse(b []byte) error {
	o.fields = o.fields[:0]
	o.levels = o.levels[:0]
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return fmt.Errorf("%w: want an object", errSyntax)
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return trailing(b, i+1)
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return fmt.Errorf("%w: want a key at column %d", errSyntax, i+1)
		}
		key, esc, next, err := scanString(b, i)
		if err != nil {
			return err
		}
		if esc {
			return fmt.Errorf("%w: escaped key at column %d", errSyntax, i+1)
		}
		i = skipSpace(b, next)
		if i >= len(b) || b[i] != ':' {
			return fmt.Errorf("%w: want ':' after key %q", errSyntax, key)
		}
		i = skipSpace(b, i+1)
		f := field{key: key}
		if i >= len(b) {
			return fmt.Errorf("%w: value of %q missing", errSyntax, key)
		}
		switch c := b[i]; {
		case c == '"':
			f.kind = vString
			f.raw, f.escaped, i, err = scanString(b, i)
		case c == '[':
			f.kind = vArray
			var end int
			end, err = o.scanArray(b, i, &f)
			f.raw, i = b[i:end], end
		case c == '{':
			f.kind = vObject
			var end int
			end, err = scanNested(b, i)
			f.raw, i = b[i:end], end
		case c == 't':
			f.kind, i, err = vTrue, i+4, literal(b, i, "true")
		case c == 'f':
			f.kind, i, err = vFalse, i+5, literal(b, i, "false")
		case c == 'n':
			f.kind, i, err = vNull, i+4, literal(b, i, "null")
		case c == '-' || (c >= '0' && c <= '9'):
			start := i
			for i < len(b) && isNumByte(b[i]) {
				i++
			}
			f.kind, f.raw = vNumber, b[start:i]
		default:
			return fmt.Errorf("%w: bad value for %q at column %d", errSyntax, key, i+1)
		}
		if err != nil {
			return err
		}
		if len(o.fields) == maxFields {
			return fmt.Errorf("%w: more than %d fields", errSyntax, maxFields)
		}
		o.fields = append(o.fields, f)
		i = skipSpace(b, i)
		if i >= len(b) {
			return fmt.Errorf("%w: unterminated object", errSyntax)
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return trailing(b, i+1)
		default:
			return fmt.Errorf("%w: want ',' or '}' at column %d", errSyntax, i+1)
		}
	}
}

func trailing(b []byte, i int) error {
	if i = skipSpace(b, i); i != len(b) {
		return fmt.Errorf("%w: text after the object at column %d", errSyntax, i+1)
	}
	return nil
}

func literal(b []byte, i int, lit string) error {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return fmt.Errorf("%w: bad literal at column %d", errSyntax, i+1)
	}
	return nil
}

func isNumByte(c byte) bool {
	return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// scanString reads the string starting at b[i] == '"'; it returns the raw
// contents, whether they contain escapes, and the index after the quote.
func scanString(b []byte, i int) (raw []byte, escaped bool, next int, err error) {
	start := i + 1
	for j := start; j < len(b); j++ {
		if c := b[j]; c == '"' {
			return b[start:j], escaped, j + 1, nil
		} else if c == '\\' {
			escaped = true
			j++
		}
	}
	return nil, false, 0, fmt.Errorf("%w: unterminated string at column %d", errSyntax, i+1)
}

// scanNested returns the index after the array or object starting at b[i].
func scanNested(b []byte, i int) (int, error) {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return j + 1, nil
			}
		case '"':
			_, _, next, err := scanString(b, j)
			if err != nil {
				return 0, err
			}
			j = next - 1
		}
	}
	return 0, fmt.Errorf("%w: unterminated array at column %d", errSyntax, i+1)
}

// get returns the field named key, or nil.
func (o *object) get(key string) *field {
	for i := range o.fields {
		if string(o.fields[i].key) == key {
			return &o.fields[i]
		}
	}
	return nil
}

// str returns a string field's value ("" and ok=false if absent or null).
func (o *object) str(key string) (string, bool, error) {
	f := o.get(key)
	if f == nil || f.kind == vNull {
		return "", false, nil
	}
	if f.kind != vString {
		return "", false, fmt.Errorf("%s: want a string", key)
	}
	if !f.escaped {
		return string(f.raw), true, nil
	}
	var s string
	q := make([]byte, 0, len(f.raw)+2)
	q = append(append(append(q, '"'), f.raw...), '"')
	if err := json.Unmarshal(q, &s); err != nil {
		return "", false, fmt.Errorf("%s: %w", key, err)
	}
	return s, true, nil
}

// need returns a required, non-empty string field.
func (o *object) need(key string) (string, error) {
	s, ok, err := o.str(key)
	if err != nil {
		return "", err
	}
	if !ok || s == "" {
		return "", fmt.Errorf("%s: required", key)
	}
	return s, nil
}

// num returns the text of a decimal field: a JSON string (the format's
// way) or a bare number.
func (o *object) num(key string) ([]byte, bool, error) {
	f := o.get(key)
	if f == nil || f.kind == vNull {
		return nil, false, nil
	}
	if f.kind != vString && f.kind != vNumber {
		return nil, false, fmt.Errorf("%s: want a decimal string", key)
	}
	return f.raw, true, nil
}

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

// scanArray scans the array at b[i]; an array of [price, qty] pairs is
// parsed into o.levels on the way.
func (o *object) scanArray(b []byte, i int, f *field) (int, error) {
	start := len(o.levels)
	end, shape, err := o.tryLevels(b, i)
	if shape {
		f.levels, f.lv0, f.lv1, f.levErr = true, start, len(o.levels), err
		return end, nil
	}
	o.levels = o.levels[:start]
	return scanNested(b, i)
}

// tryLevels parses [[p, q], ...] at b[i]. shape is false if the text is not
// such an array (the caller rescans it generically); err reports a pair
// whose members are not decimals.
func (o *object) tryLevels(b []byte, i int) (end int, shape bool, err error) {
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return i + 1, true, nil
	}
	for {
		if i >= len(b) || b[i] != '[' {
			return 0, false, nil
		}
		var l rawLevel
		var e1, e2 error
		var ok bool
		i = skipSpace(b, i+1)
		if l.price, i, ok, e1 = parseNum(b, i); !ok {
			return 0, false, nil
		}
		if i = skipSpace(b, i); i >= len(b) || b[i] != ',' {
			return 0, false, nil
		}
		i = skipSpace(b, i+1)
		if l.qty, i, ok, e2 = parseNum(b, i); !ok {
			return 0, false, nil
		}
		if i = skipSpace(b, i); i >= len(b) || b[i] != ']' {
			return 0, false, nil
		}
		if err == nil {
			err = cmpErr(e1, e2)
		}
		o.levels = append(o.levels, l)
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == ',' {
			i = skipSpace(b, i+1)
			continue
		}
		if i < len(b) && b[i] == ']' {
			return i + 1, true, err
		}
		return 0, false, nil
	}
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// parseNum reads a decimal at b[i]: a JSON string (the format's way) or a
// bare number. ok is false if there is no string or number there; err
// reports one that is not a finite decimal.
func parseNum(b []byte, i int) (x float64, next int, ok bool, err error) {
	if i >= len(b) {
		return 0, i, false, nil
	}
	var raw []byte
	if b[i] == '"' {
		j := i + 1
		for j < len(b) && b[j] != '"' && b[j] != '\\' {
			j++
		}
		if j >= len(b) || b[j] != '"' {
			return 0, i, false, nil
		}
		raw, next = b[i+1:j], j+1
	} else {
		j := i
		for j < len(b) && isNumByte(b[j]) {
			j++
		}
		if j == i {
			return 0, i, false, nil
		}
		raw, next = b[i:j], j
	}
	x, err = parseFloat("level", raw)
	return x, next, true, err
}

// levelsOf returns a book side's parsed levels, checked.
func (o *object) levelsOf(key string) ([]rawLevel, error) {
	f := o.get(key)
	if f == nil || f.kind == vNull {
		return nil, nil
	}
	if !f.levels {
		return nil, fmt.Errorf("%s: want an array of [price, qty] pairs", key)
	}
	if f.levErr != nil {
		return nil, fmt.Errorf("%s: %w", key, f.levErr)
	}
	ls := o.levels[f.lv0:f.lv1]
	for _, l := range ls {
		if !(l.price > 0) || l.qty < 0 {
			return nil, fmt.Errorf("%s: level [%v, %v]: want price > 0 and qty >= 0", key, l.price, l.qty)
		}
	}
	return ls, nil
}

type rawLevel struct{ price, qty float64 }
