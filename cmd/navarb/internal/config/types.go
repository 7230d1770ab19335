package config

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Decimal is a money or price field. In TOML it must be a quoted decimal
// string ("0.0000001") or an integer: a TOML float is refused, because the
// decoder rounds floats before we see them.
type Decimal struct {
	decimal.Decimal
	set bool
}

// D builds a Decimal from a string literal; it panics on a bad literal and is
// meant for defaults and tests.
func D(s string) Decimal { return Decimal{Decimal: decimal.RequireFromString(s), set: true} }

// UnmarshalTOML implements toml.Unmarshaler.
func (d *Decimal) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case string:
		s := strings.TrimSpace(x)
		dec, err := decimal.NewFromString(s)
		if err != nil || s == "" {
			return fmt.Errorf("%q is not a decimal number", x)
		}
		d.Decimal, d.set = dec, true
		return nil
	case int64:
		d.Decimal, d.set = decimal.NewFromInt(x), true
		return nil
	case float64:
		return fmt.Errorf("a TOML float (%v) is not allowed for money or prices: write it as a quoted string, e.g. \"%v\"", x, x)
	}
	return fmt.Errorf("want a quoted decimal string, got %T", v)
}

// MarshalText keeps Decimal a string when the config is re-encoded.
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// IsSet reports whether the field was given.
func (d Decimal) IsSet() bool { return d.set }

// F is the value as float64, for hot-path parameters.
func (d Decimal) F() float64 { return d.InexactFloat64() }

// Duration is a Go duration string such as "250ms" or "24h".
type Duration struct{ time.Duration }

// UnmarshalTOML implements toml.Unmarshaler.
func (d *Duration) UnmarshalTOML(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("want a duration string like \"250ms\", got %T %v", v, v)
	}
	dur, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("%q is not a duration (examples: \"250ms\", \"30s\", \"24h\")", s)
	}
	d.Duration = dur
	return nil
}

// MarshalText keeps Duration a string when the config is re-encoded.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Time is an RFC 3339 timestamp, quoted or as a TOML datetime.
type Time struct{ time.Time }

// UnmarshalTOML implements toml.Unmarshaler.
func (t *Time) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		t.Time = x.UTC()
		return nil
	case string:
		p, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(x))
		if err != nil {
			return fmt.Errorf("%q is not an RFC 3339 time (example: \"2026-01-01T00:00:00Z\")", x)
		}
		t.Time = p.UTC()
		return nil
	}
	return fmt.Errorf("want an RFC 3339 time, got %T", v)
}

// MarshalText keeps Time a string when the config is re-encoded.
func (t Time) MarshalText() ([]byte, error) { return []byte(t.Format(time.RFC3339Nano)), nil }
