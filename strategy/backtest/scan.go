package backtest

import (
	"encoding/json"
	"errors"
	"fmt"
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
			if end, err = o.scanArray(b, i, &f); err == nil {
				f.raw, i = b[i:end], end
			}
		case c == '{':
			f.kind = vObject
			var end int
			if end, err = scanNested(b, i); err == nil {
				f.raw, i = b[i:end], end
			}
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
